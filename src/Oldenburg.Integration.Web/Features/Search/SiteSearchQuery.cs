using Oldenburg.Integration.Web.Features.Partners;

namespace Oldenburg.Integration.Web.Features.Search;

public enum SiteSearchProblem
{
    None,
    Empty,
    TooLong,
}

/// <summary>
/// A search as the reader typed it and as it is matched: the folded terms of
/// <see cref="PartnerQueries.Terms"/>, every one of which must occur, exactly as in the directory.
/// Parsed by hand from the query string, so any input becomes a query or a message, never an error.
/// </summary>
public sealed record SiteSearchQuery(string Text, IReadOnlyList<string> Terms, string Culture, SiteSearchProblem Problem)
{
    public const string QueryKey = "q";
    public const string GroupKey = "group";

    /// <summary>The directory's limit, so a query the search accepts is one the directory link accepts whole.</summary>
    public const int MaxLength = PartnerFilter.QueryMaxLength;

    public bool CanRun => Problem == SiteSearchProblem.None;

    public static SiteSearchQuery Parse(string? raw, string culture)
    {
        // Control characters cannot be typed and cannot be written back into valid HTML; they separate words like spaces.
        var text = new string([.. (raw ?? "").Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        if (text.Length > MaxLength)
        {
            // Not cut inside a surrogate pair: the form shows the kept part again.
            var kept = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            return new SiteSearchQuery(text[..kept], [], culture, SiteSearchProblem.TooLong);
        }

        var terms = PartnerQueries.Terms(text);
        return new SiteSearchQuery(text, terms, culture, terms.Count == 0 ? SiteSearchProblem.Empty : SiteSearchProblem.None);
    }

    public static SiteSearchQuery FromQuery(IQueryCollection query, string culture) =>
        Parse(query[QueryKey].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)), culture);
}
