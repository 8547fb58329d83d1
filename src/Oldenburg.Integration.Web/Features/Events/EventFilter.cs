using System.Globalization;

namespace Oldenburg.Integration.Web.Features.Events;

/// <summary>
/// The upcoming list's filters as a shareable URL: <c>?topic=health&amp;lang=ar&amp;month=2027-03&amp;page=2</c>.
/// Parsed by hand so that any input becomes a valid filter; values the list does not offer are dropped.
/// </summary>
public sealed record EventFilter(string? Topic, string? Language, string? Month, int Page)
{
    public const string TopicKey = "topic";
    public const string LanguageKey = "lang";
    public const string MonthKey = "month";
    public const string PageKey = "page";
    public const int PageSize = 20;

    public static readonly IReadOnlyList<string> Keys = [TopicKey, LanguageKey, MonthKey, PageKey];

    public static readonly EventFilter None = new(null, null, null, 1);

    public bool HasCriteria => Topic is not null || Language is not null || Month is not null;

    public static EventFilter FromQuery(IQueryCollection query)
    {
        var month = Value(query, MonthKey) is { } m && DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? m : null;
        var page = int.TryParse(Value(query, PageKey), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 10_000 ? p : 1;
        return new EventFilter(Value(query, TopicKey), Value(query, LanguageKey), month, page);
    }

    /// <summary>The Berlin month of a wall-clock start, as the filter writes it.</summary>
    public static string MonthOf(DateTime startLocal) => startLocal.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public bool Matches(EventView item) =>
        (Topic is null || item.Topics.Any(t => string.Equals(t.Key, Topic, StringComparison.OrdinalIgnoreCase)))
        && (Language is null || item.Languages.Any(l => string.Equals(l.Key, Language, StringComparison.OrdinalIgnoreCase)))
        && (Month is null || MonthOf(item.StartLocal) == Month || (string.CompareOrdinal(MonthOf(item.StartLocal), Month) < 0 && string.CompareOrdinal(MonthOf(item.EndLocal), Month) >= 0));

    public EventFilter WithPage(int page) => this with { Page = page };

    public string ToQueryString() => QueryString.Create(
        new[] { (TopicKey, Topic), (LanguageKey, Language), (MonthKey, Month), (PageKey, Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null) }
            .Where(p => p.Item2 is not null)
            .Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2))).ToUriComponent();

    private static string? Value(IQueryCollection query, string key) =>
        query[key].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() is { Length: > 0 and <= 60 } value ? value : null;
}
