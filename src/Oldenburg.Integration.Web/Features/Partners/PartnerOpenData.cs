using System.Globalization;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Shared.OpenData;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>The published directory as open data: one shape for JSON and CSV, documented on /{culture}/partners/open-data.</summary>
public static class PartnerOpenData
{
    public const string Licence = OpenDataResponse.Licence;
    public const string LicenceUrl = OpenDataResponse.LicenceUrl;
    public const string Source = OpenDataResponse.Source;

    public static readonly IReadOnlyList<string> Columns =
    [
        "slug", "name", "type", "topics", "languages", "district", "street", "postal_code", "city", "phone", "email", "website",
        "barrier_free", "appointment_only", "opening_hours", "short_description", "description", "target_groups", "last_checked", "url",
    ];

    /// <summary>The items stay an async stream, so the serializer writes each one as it is read.</summary>
    public static object Envelope(IAsyncEnumerable<PartnerView> items, int count, string culture, string siteUrl, DateTimeOffset generated) =>
        OpenDataResponse.Envelope(items.Select(p => Item(p, $"{siteUrl}/{culture}/partners/{p.Slug}")), count, culture, $"{siteUrl}/{culture}/partners", generated);

    public static async Task WriteCsvAsync(Stream destination, IAsyncEnumerable<PartnerView> items, string culture, string siteUrl, CancellationToken cancellationToken)
    {
        await using var csv = new SpreadsheetCsvWriter(destination);
        await csv.RowAsync(Columns, cancellationToken);
        await foreach (var p in items.WithCancellation(cancellationToken))
        {
            await csv.RowAsync(
            [
                p.Slug, p.Name, p.Type?.Name, string.Join(';', p.Topics.Select(t => t.Name)), string.Join(';', p.Languages.Select(l => l.Key)),
                p.District?.Name, p.Street, p.PostalCode, p.City, p.Phone, p.Email, p.Website,
                p.BarrierFree ? "true" : "false", p.AppointmentOnly ? "true" : "false", OpeningHours(p.OpeningHours),
                p.ShortDescription, p.Description, p.TargetGroups, Date(p.LastCheckedAt), $"{siteUrl}/{culture}/partners/{p.Slug}",
            ], cancellationToken);
        }
    }

    /// <summary>OpenStreetMap's opening_hours syntax ("Mo 09:00-12:00,14:00-16:00; Tu …"): short, language-neutral, machine-readable.</summary>
    public static string OpeningHours(IEnumerable<OpeningHoursRule> rules) => string.Join("; ", rules
        .GroupBy(r => r.Day)
        .OrderBy(g => Week.Order(g.Key))
        .Select(g => g.Key.ToString()[..2] + " " + string.Join(',', g.OrderBy(r => r.Opens).Select(r => $"{r.Opens:HH\\:mm}-{r.Closes:HH\\:mm}"))));

    private static Dictionary<string, object?> Item(PartnerView p, string url) => new()
    {
        ["slug"] = p.Slug,
        ["name"] = p.Name,
        ["type"] = Lookup(p.Type),
        ["topics"] = p.Topics.Select(Lookup).ToList(),
        ["languages"] = p.Languages.Select(Lookup).ToList(),
        ["district"] = Lookup(p.District),
        ["street"] = p.Street,
        ["postal_code"] = p.PostalCode,
        ["city"] = p.City,
        ["phone"] = p.Phone,
        ["email"] = p.Email,
        ["website"] = p.Website,
        ["barrier_free"] = p.BarrierFree,
        ["appointment_only"] = p.AppointmentOnly,
        ["opening_hours"] = p.OpeningHours.Select(h => new Dictionary<string, string>
        {
            ["day"] = h.Day.ToString().ToLowerInvariant(),
            ["opens"] = h.Opens.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["closes"] = h.Closes.ToString("HH:mm", CultureInfo.InvariantCulture),
        }).ToList(),
        ["short_description"] = p.ShortDescription,
        ["description"] = p.Description,
        ["target_groups"] = p.TargetGroups,
        ["text_language"] = p.TextCulture,
        ["last_checked"] = Date(p.LastCheckedAt),
        ["url"] = url,
    };

    private static Dictionary<string, string>? Lookup(LookupOption? option) =>
        option is null ? null : new() { ["key"] = option.Key, ["name"] = option.Name };

    private static string? Date(DateTime? value) => OpenDataResponse.Date(value);
}
