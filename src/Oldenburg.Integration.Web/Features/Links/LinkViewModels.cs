namespace Oldenburg.Integration.Web.Features.Links;

public sealed record FilterOption(string Key, string Name, string? Lang = null);

public sealed record LinkView(
    string Slug, string Title, string Description, string Url, string TargetLanguage, string TargetLanguageName, string? TopicName, string TextCulture, bool IsFallback);

public sealed record LiteratureView(
    string Slug, string Author, string Title, int? Year, string Publisher, string Isbn, string Url, string Note, string TextCulture, bool IsFallback);

public sealed record CategoryGroup<T>(string Key, string Name, IReadOnlyList<T> Items);

public sealed record LinksPageViewModel(
    LinkFilter Filter,
    IReadOnlyList<FilterOption> Topics,
    IReadOnlyList<FilterOption> Languages,
    IReadOnlyList<CategoryGroup<LinkView>> Links,
    int LinkCount,
    IReadOnlyList<CategoryGroup<LiteratureView>> Literature)
{
    public bool HasFallback => Links.Any(g => g.Items.Any(l => l.IsFallback)) || Literature.Any(g => g.Items.Any(l => l.IsFallback));
}

/// <summary>The unpublished item a staff preview shows in the list.</summary>
public sealed record LinkPreview(int? LinkId, int? LiteratureId);
