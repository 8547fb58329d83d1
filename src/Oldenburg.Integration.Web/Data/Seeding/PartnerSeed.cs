using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>
/// The first partner directory, read from the embedded partners-seed.json: the lookup lists and
/// about two dozen Oldenburg organisations. Fields named in an entry's "sample" list are
/// placeholders; the file's "note" says so and staff confirm them before going live.
/// </summary>
public sealed record PartnerSeed(
    string Note,
    IReadOnlyList<SeedLookup> Types,
    IReadOnlyList<SeedLookup> Topics,
    IReadOnlyList<SeedLookup> Districts,
    IReadOnlyList<SeedLookup> Languages,
    IReadOnlyList<SeedPartner> Partners)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static PartnerSeed Load()
    {
        using var stream = typeof(PartnerSeed).Assembly.GetManifestResourceStream("Oldenburg.Integration.Web.PartnersSeed.json")
            ?? throw new InvalidOperationException("The embedded partner seed is missing.");
        return JsonSerializer.Deserialize<PartnerSeed>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded partner seed is empty.");
    }

    public static List<TLookup> Lookups<TLookup, TText>(IReadOnlyList<SeedLookup> items, Func<TLookup, ICollection<TText>> translations)
        where TLookup : LookupItem, new()
        where TText : LookupTranslation, new()
    {
        var result = new List<TLookup>();
        for (var i = 0; i < items.Count; i++)
        {
            var lookup = new TLookup { Key = items[i].Key, SortOrder = (i + 1) * 10 };
            foreach (var (culture, name) in items[i].Names)
            {
                translations(lookup).Add(new TText { Culture = culture, Name = name });
            }

            result.Add(lookup);
        }

        return result;
    }
}

public sealed record SeedLookup(string Key, IReadOnlyDictionary<string, string> Names);

public sealed record SeedPartner(
    string Slug,
    string Name,
    string Type,
    string? District,
    string? Street,
    string? PostalCode,
    string? City,
    string? Phone,
    string? Email,
    string? Website,
    bool BarrierFree,
    bool AppointmentOnly,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Languages,
    IReadOnlyList<SeedOpeningHours> OpeningHours,
    IReadOnlyList<string>? Sample,
    IReadOnlyDictionary<string, SeedPartnerText> Texts);

public sealed record SeedOpeningHours(DayOfWeek Day, string Opens, string Closes)
{
    public OpeningHoursRule ToRule() => new()
    {
        Day = Day,
        Opens = TimeOnly.Parse(Opens, CultureInfo.InvariantCulture),
        Closes = TimeOnly.Parse(Closes, CultureInfo.InvariantCulture),
    };
}

public sealed record SeedPartnerText(string ShortDescription, string? Description, string? TargetGroups);
