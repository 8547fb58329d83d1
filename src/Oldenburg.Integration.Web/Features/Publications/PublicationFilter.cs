using System.Globalization;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Publications;

/// <summary>
/// The list's filters as a shareable URL: <c>?lang=tr&amp;topic=health&amp;task=elternarbeit&amp;year=2025</c>.
/// Parsed by hand so that any input becomes a valid filter; values the list does not offer are dropped.
/// </summary>
public sealed record PublicationFilter(string? Language, string? Topic, string? Task, int? Year)
{
    public const string LanguageKey = "lang";
    public const string TopicKey = "topic";
    public const string TaskKey = "task";
    public const string YearKey = "year";

    public static readonly IReadOnlyList<string> Keys = [LanguageKey, TopicKey, TaskKey, YearKey];

    public bool HasCriteria => Language is not null || Topic is not null || Task is not null || Year is not null;

    public static PublicationFilter FromQuery(IQueryCollection query)
    {
        var language = Value(query, LanguageKey);
        var year = int.TryParse(Value(query, YearKey), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        return new PublicationFilter(PublicationLanguages.IsKnown(language) ? language : null, Value(query, TopicKey), Value(query, TaskKey), year);
    }

    public bool Matches(PublicationView publication) =>
        (Language is null || publication.Versions.Any(v => v.Culture == Language))
        && (Topic is null || publication.Topic?.Key == Topic)
        && (Task is null || publication.Task?.Key == Task)
        && (Year is null || publication.Year == Year);

    /// <summary>The query string of this filter, for the open-data links.</summary>
    public string ToQueryString() => QueryString.Create(
        new[] { (LanguageKey, Language), (TopicKey, Topic), (TaskKey, Task), (YearKey, Year?.ToString(CultureInfo.InvariantCulture)) }
            .Where(p => p.Item2 is not null)
            .Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2))).ToUriComponent();

    private static string? Value(IQueryCollection query, string key) =>
        query[key].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() is { Length: > 0 and <= 120 } value ? value : null;
}
