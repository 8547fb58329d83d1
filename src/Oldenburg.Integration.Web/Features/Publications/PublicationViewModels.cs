using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Publications;

/// <summary>A topic or task as the reader sees it: its key for filters and its name in their language.</summary>
public sealed record PublicationOption(string Key, string Name);

/// <summary>One language version with what a reader needs before downloading: language, size and pages.</summary>
public sealed record PublicationVersionView(
    string Culture, string Title, string Summary, string FileName, string DownloadName, string ContentType, long FileSize, int? PageCount, DateTime FileUpdatedAt)
{
    public string LanguageName => PublicationLanguages.NativeName(Culture);

    public string Direction => PublicationLanguages.Direction(Culture);

    public bool IsPdf => ContentType == "application/pdf";
}

/// <summary>A published publication in the reader's language; <see cref="Versions"/> has the reader's language first.</summary>
public sealed record PublicationView(
    string Slug,
    string Title,
    string Summary,
    string TextCulture,
    bool IsFallback,
    int Year,
    string? Series,
    string Audience,
    PublicationOption? Topic,
    PublicationOption? Task,
    bool IsSample,
    DateTime UpdatedAt,
    IReadOnlyList<PublicationVersionView> Versions)
{
    /// <summary>For the translation review notice (ADR 0037).</summary>
    public int Id { get; init; }
}

public sealed record PublicationListViewModel(
    PublicationFilter Filter,
    IReadOnlyList<PublicationView> Items,
    IReadOnlyList<PublicationOption> Languages,
    IReadOnlyList<PublicationOption> Topics,
    IReadOnlyList<PublicationOption> Tasks,
    IReadOnlyList<int> Years);

/// <summary>One select of the filter form; <c>OwnScript</c> marks options named in their own language.</summary>
public sealed record PublicationSelect(string Key, string Label, IReadOnlyList<PublicationOption> Options, string? Selected, bool OwnScript);
