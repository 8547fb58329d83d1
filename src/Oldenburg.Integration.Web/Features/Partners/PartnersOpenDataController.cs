using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>
/// /api/partners.json and /api/partners.csv take the directory's filter parameters. The text
/// language is <c>culture</c> (de, en, ar; default de), because <c>lang</c> already filters by
/// the languages an organisation speaks.
/// </summary>
public sealed class PartnersOpenDataController(PartnerQueries partners, TimeProvider clock) : Controller
{
    public const string CultureKey = "culture";

    // The whole directory, but bounded so that a runaway import cannot make one request unbounded.
    private const int Limit = 50_000;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    [HttpGet("api/partners.json")]
    public async Task<IActionResult> Json(CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        var (_, _, _, items) = await partners.AllAsync(PartnerFilter.FromQuery(Request.Query), culture, Limit, cancellationToken);
        var body = PartnerOpenData.Envelope(items, culture, SiteUrl(), clock.GetUtcNow());
        return Content(JsonSerializer.Serialize(body, JsonOptions), "application/json; charset=utf-8");
    }

    [HttpGet("api/partners.csv")]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        var (_, _, _, items) = await partners.AllAsync(PartnerFilter.FromQuery(Request.Query), culture, Limit, cancellationToken);
        return File(PartnerOpenData.Csv(items, culture, SiteUrl()), "text/csv; charset=utf-8", "partners.csv");
    }

    private string TextCulture()
    {
        var requested = Request.Query[CultureKey].FirstOrDefault();
        return SupportedCultures.IsSupported(requested) ? requested! : SupportedCultures.Default;
    }

    private string SiteUrl() => HttpContext.RequestServices.GetRequiredService<SiteAddress>().Root;
}
