using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>
/// The directory's filters as they appear in a shareable URL:
/// <c>?q=…&amp;topic=…&amp;type=…&amp;lang=…&amp;district=…&amp;barrierfree=true&amp;page=2</c>.
/// Parsed by hand rather than by model binding so that any input, however malformed or long,
/// becomes a valid filter instead of a validation error.
/// </summary>
public sealed record PartnerFilter(
    string? Query,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Districts,
    bool BarrierFree,
    int Page = 1)
{
    public const int QueryMaxLength = 200;
    public const int PageSize = 20;
    public const string QueryKey = "q";
    public const string TopicKey = "topic";
    public const string TypeKey = "type";
    public const string LanguageKey = "lang";
    public const string DistrictKey = "district";
    public const string BarrierFreeKey = "barrierfree";
    public const string PageKey = "page";

    // Nobody ticks more boxes than a lookup list has; more values are ignored, not an error.
    private const int MaxValuesPerKey = 60;

    public static readonly PartnerFilter Empty = new(null, [], [], [], [], false);

    public bool HasCriteria => Query is not null || Topics.Count + Types.Count + Languages.Count + Districts.Count > 0 || BarrierFree;

    public static PartnerFilter FromQuery(IQueryCollection query)
    {
        var text = query[QueryKey].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        if (text is { Length: > QueryMaxLength })
        {
            text = text[..QueryMaxLength];
        }

        var page = int.TryParse(query[PageKey].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var barrierFree = query[BarrierFreeKey].Any(v => v is "true" or "on" or "1");
        return new PartnerFilter(
            string.IsNullOrEmpty(text) ? null : text,
            Keys(query[TopicKey]),
            Keys(query[TypeKey]),
            Keys(query[LanguageKey]),
            Keys(query[DistrictKey]),
            barrierFree,
            Math.Max(1, page));
    }

    /// <summary>Only values that name an existing lookup entry; unknown ones are dropped silently.</summary>
    public PartnerFilter KeepKnown(PartnerLookups lookups) => this with
    {
        Topics = Known(Topics, lookups.Topics),
        Types = Known(Types, lookups.Types),
        Languages = Known(Languages, lookups.Languages),
        Districts = Known(Districts, lookups.Districts),
    };

    private static List<string> Known(IEnumerable<string> keys, IReadOnlyDictionary<string, LookupOption> options) =>
        [.. keys.Select(k => options.TryGetValue(k, out var option) ? option.Key : null).OfType<string>().Distinct(StringComparer.Ordinal)];

    public PartnerFilter WithPage(int page) => this with { Page = page };

    /// <summary>The same filter without one value, back on page 1 (for the removable chips).</summary>
    public PartnerFilter Without(string key, string? value = null) => key switch
    {
        QueryKey => this with { Query = null, Page = 1 },
        TopicKey => this with { Topics = [.. Topics.Where(v => v != value)], Page = 1 },
        TypeKey => this with { Types = [.. Types.Where(v => v != value)], Page = 1 },
        LanguageKey => this with { Languages = [.. Languages.Where(v => v != value)], Page = 1 },
        DistrictKey => this with { Districts = [.. Districts.Where(v => v != value)], Page = 1 },
        BarrierFreeKey => this with { BarrierFree = false, Page = 1 },
        _ => this,
    };

    /// <summary>"?q=…&amp;topic=…" (or "" without criteria); the page only when it is not the first.</summary>
    public string ToQueryString(params (string Key, string Value)[] extra)
    {
        var pairs = new List<(string, string)>();
        if (Query is not null)
        {
            pairs.Add((QueryKey, Query));
        }

        pairs.AddRange(Topics.Select(v => (TopicKey, v)));
        pairs.AddRange(Types.Select(v => (TypeKey, v)));
        pairs.AddRange(Languages.Select(v => (LanguageKey, v)));
        pairs.AddRange(Districts.Select(v => (DistrictKey, v)));
        if (BarrierFree)
        {
            pairs.Add((BarrierFreeKey, "true"));
        }

        if (Page > 1)
        {
            pairs.Add((PageKey, Page.ToString(CultureInfo.InvariantCulture)));
        }

        pairs.AddRange(extra);
        if (pairs.Count == 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            builder.Append(builder.Length == 0 ? '?' : '&').Append(key).Append('=').Append(UrlEncoder.Default.Encode(value));
        }

        return builder.ToString();
    }

    private static List<string> Keys(Microsoft.Extensions.Primitives.StringValues values) =>
        [.. values
            .Where(v => !string.IsNullOrWhiteSpace(v) && v.Length <= Domain.LookupItem.KeyMaxLength)
            .Select(v => v!.Trim())
            .Distinct(StringComparer.Ordinal)
            .Take(MaxValuesPerKey)];
}
