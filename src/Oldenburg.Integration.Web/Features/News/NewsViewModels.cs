namespace Oldenburg.Integration.Web.Features.News;

public sealed record NewsSummary(string Slug, string Title, string Teaser, string TextCulture, bool IsFallback, DateTime Date, bool IsSample);

public sealed record NewsListViewModel(IReadOnlyList<NewsSummary> Items, int Page, int PageCount, int Total);

/// <summary>A linked task or partner, in the reader's language where it has one.</summary>
public sealed record NewsLinkedItem(string Path, string Title, string TextCulture);

public sealed record NewsImageView(string Url, string Alt, string AltCulture);

public sealed record NewsDetailsViewModel(
    string Slug,
    string Title,
    string Teaser,
    string Body,
    string TextCulture,
    bool IsFallback,
    DateTime Date,
    DateTime UpdatedAt,
    bool IsSample,
    NewsImageView? Image,
    IReadOnlyList<NewsLinkedItem> Offers,
    IReadOnlyList<NewsLinkedItem> Partners)
{
    /// <summary>For the translation review notice (ADR 0037).</summary>
    public int Id { get; init; }
}

/// <summary>One published news text in one language, for the site search: the body as plain text.</summary>
public sealed record NewsSearchText(string Slug, string Culture, string Title, string Teaser, string Body, DateTime Date);
