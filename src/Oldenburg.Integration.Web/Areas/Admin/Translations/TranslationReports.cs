using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Translations;

/// <summary>One language of one item; who saved the translation when it is known, and who confirmed it (ADR 0037).</summary>
public sealed record CultureStatus(
    string Culture, TranslationState State, DateTime? UpdatedAt, string? UpdatedBy, DateTime? ReviewedAt = null, string? ReviewedBy = null)
{
    public bool IsReviewed => ReviewedAt is not null;

    /// <summary>A present translation no native speaker has confirmed; the public page marks it.</summary>
    public bool IsUnreviewed => State != TranslationState.Missing && !IsReviewed;
}

/// <summary>The side-by-side editor's "checked by a native speaker" box for one language.</summary>
public sealed record TranslationReview(string Culture, bool Reviewed);

/// <summary>Counts of one language across one content type (or the whole site).</summary>
public sealed record CoverageCounts(int Total, int UpToDate, int Outdated, int Missing)
{
    /// <summary>Present translations (up to date or outdated) without a native speaker's review.</summary>
    public int Unreviewed { get; init; }

    /// <summary>Share of items with an up-to-date translation, 0–100, rounded down so 100 means complete.</summary>
    public int Percent => Total == 0 ? 100 : UpToDate * 100 / Total;
}

public sealed record TypeCoverage(string Type, string Label, CoverageCounts Counts);

public sealed record CultureCoverage(
    string Culture,
    CoverageCounts Counts,
    IReadOnlyList<TypeCoverage> Types,
    IReadOnlyList<ContentEntry> Outdated,
    IReadOnlyList<ContentEntry> Missing)
{
    public IReadOnlyList<ContentEntry> Unreviewed { get; init; } = [];
}

public sealed record CoverageReport(IReadOnlyList<CultureCoverage> Cultures)
{
    public CultureCoverage? For(string? culture) => Cultures.FirstOrDefault(c => c.Culture == culture);
}
