using System.Globalization;
using Oldenburg.Integration.Web.Data.Configurations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners.Csv;

/// <summary>
/// The partner CSV format: one column per field, lookups by key, several keys separated by ";".
/// Export writes every value the way import reads it back, so an unchanged file re-imports as "unchanged".
/// </summary>
public static class PartnerCsv
{
    public const string Slug = "slug";
    public const string Name = "name";
    public const string Type = "type";
    public const string Topics = "topics";
    public const string Languages = "languages";
    public const string District = "district";
    public const string Street = "street";
    public const string PostalCode = "postal_code";
    public const string City = "city";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Website = "website";
    public const string BarrierFree = "barrier_free";
    public const string AppointmentOnly = "appointment_only";
    public const string OpeningHours = "opening_hours";
    public const string State = "state";
    public const string LastChecked = "last_checked";
    public const string DateFormat = "yyyy-MM-dd";

    public static readonly IReadOnlyList<string> Cultures = ["de", "en", "ar"];

    public static readonly IReadOnlyList<string> Columns =
    [
        Slug, Name, Type, Topics, Languages, District, Street, PostalCode, City, Phone, Email, Website,
        BarrierFree, AppointmentOnly, OpeningHours,
        .. Cultures.SelectMany(c => new[] { ShortDescription(c), Description(c), TargetGroups(c) }),
        State, LastChecked,
    ];

    /// <summary>Without these a row cannot create an entry; every other column may be left out and is then not changed.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = [Slug, Name, Type, ShortDescription("de")];

    public static readonly IReadOnlyDictionary<string, int> MaxLengths = new Dictionary<string, int>
    {
        [Slug] = ContentConfigurationExtensions.SlugMaxLength,
        [Name] = Partner.NameMaxLength,
        [Street] = OfficeProfileConfiguration.AddressPartMaxLength,
        [PostalCode] = 10,
        [City] = OfficeProfileConfiguration.AddressPartMaxLength,
        [Phone] = OfficeProfileConfiguration.PhoneMaxLength,
        [Email] = Partner.ContactMaxLength,
        [Website] = Partner.WebsiteMaxLength,
        [OpeningHours] = 1000,
        [Topics] = 2000,
        [Languages] = 2000,
    }.Concat(Cultures.SelectMany(c => new KeyValuePair<string, int>[]
    {
        new(ShortDescription(c), PartnerTranslation.ShortDescriptionMaxLength),
        new(Description(c), PartnerTranslation.DescriptionMaxLength),
        new(TargetGroups(c), PartnerTranslation.TargetGroupsMaxLength),
    })).ToDictionary();

    public static string ShortDescription(string culture) => $"short_description_{culture}";

    public static string Description(string culture) => $"description_{culture}";

    public static string TargetGroups(string culture) => $"target_groups_{culture}";

    public static string FormatBool(bool value) => value ? "ja" : "nein";

    public static bool? ParseBool(string value) => value.Trim().ToLowerInvariant() switch
    {
        "ja" or "j" or "yes" or "true" or "1" or "x" => true,
        "nein" or "n" or "no" or "false" or "0" or "" => false,
        _ => null,
    };

    public static string FormatState(PublishState state) => state == PublishState.Published ? "published" : "draft";

    public static string FormatKeys(IEnumerable<string> keys) => string.Join("; ", keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    public static IReadOnlyList<string> SplitKeys(string value) =>
        [.. value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>A partner's cells in their canonical form; needs type, district, topics, languages, hours and translations loaded.</summary>
    public static Dictionary<string, string> Cells(Partner partner)
    {
        var cells = new Dictionary<string, string>
        {
            [Slug] = partner.Slug,
            [Name] = partner.Name,
            [Type] = partner.Type?.Key ?? "",
            [Topics] = FormatKeys(partner.Topics.Select(t => t.Key)),
            [Languages] = FormatKeys(partner.Languages.Select(l => l.Key)),
            [District] = partner.District?.Key ?? "",
            [Street] = partner.Street ?? "",
            [PostalCode] = partner.PostalCode ?? "",
            [City] = partner.City ?? "",
            [Phone] = partner.Phone ?? "",
            [Email] = partner.Email ?? "",
            [Website] = partner.Website ?? "",
            [BarrierFree] = FormatBool(partner.BarrierFree),
            [AppointmentOnly] = FormatBool(partner.AppointmentOnly),
            [OpeningHours] = PartnerRules.FormatHours(partner.OpeningHours),
            [State] = FormatState(partner.State),
            [LastChecked] = partner.LastCheckedAt?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "",
        };
        foreach (var culture in Cultures)
        {
            var text = partner.Translations.FirstOrDefault(t => t.Culture == culture);
            cells[ShortDescription(culture)] = text?.ShortDescription ?? "";
            cells[Description(culture)] = text?.Description ?? "";
            cells[TargetGroups(culture)] = text?.TargetGroups ?? "";
        }

        return cells;
    }

    /// <summary>Written in the dialect of every export (<see cref="SpreadsheetCsvWriter"/>), row by row as entries are read.</summary>
    public static async Task ExportAsync(Stream destination, IAsyncEnumerable<Partner> partners, CancellationToken cancellationToken)
    {
        await using var csv = new SpreadsheetCsvWriter(destination);
        await csv.RowAsync(Columns, cancellationToken);
        await foreach (var partner in partners.WithCancellation(cancellationToken))
        {
            var cells = Cells(partner);
            await csv.RowAsync(Columns.Select(c => cells[c]), cancellationToken);
        }
    }
}
