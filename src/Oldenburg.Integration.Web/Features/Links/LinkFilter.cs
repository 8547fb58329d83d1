namespace Oldenburg.Integration.Web.Features.Links;

/// <summary>The links page's GET query, parsed once: one topic and one language of the target, each a key or nothing.</summary>
public sealed record LinkFilter(string? Topic, string? Language)
{
    public const string TopicKey = "topic";
    public const string LanguageKey = "lang";
    private const int MaxKeyLength = 60;

    public static readonly LinkFilter None = new(null, null);

    public bool HasCriteria => Topic is not null || Language is not null;

    public static LinkFilter FromQuery(IQueryCollection query) => new(Value(query[TopicKey]), Value(query[LanguageKey]));

    /// <summary>Drops values that match no option, so a stale or forged URL shows everything rather than nothing.</summary>
    public LinkFilter KeepKnown(IEnumerable<string> topics, IEnumerable<string> languages) => new(
        Topic is not null && topics.Contains(Topic, StringComparer.Ordinal) ? Topic : null,
        Language is not null && languages.Contains(Language, StringComparer.Ordinal) ? Language : null);

    private static string? Value(string? raw) =>
        string.IsNullOrWhiteSpace(raw) || raw.Length > MaxKeyLength ? null : raw.Trim().ToLowerInvariant();
}
