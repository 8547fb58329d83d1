using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>
/// /api/partners.json and /api/partners.csv take the directory's filter parameters. The text
/// language is <c>culture</c> (de, en, ar; default de), because <c>lang</c> already filters by
/// the languages an organisation speaks.
/// Both are written while the rows are read, never held whole in memory, and limited per address.
/// </summary>
[EnableRateLimiting(RateLimitPolicy)]
public sealed class PartnersOpenDataController(PartnerQueries partners, TimeProvider clock) : Controller
{
    public const string CultureKey = PathCultureProvider.QueryKey;
    public const string RateLimitPolicy = "open-data";

    // The whole directory, but bounded so that a runaway import cannot make one request unbounded.
    private const int Limit = 50_000;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    [HttpGet("api/partners.json")]
    public async Task Json(CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        var (_, _, total, items) = await partners.StreamAsync(PartnerFilter.FromQuery(Request.Query), culture, Limit, cancellationToken);
        var body = PartnerOpenData.Envelope(items, Math.Min(total, Limit), culture, SiteUrl(), clock.GetUtcNow());
        Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(Response.Body, body, JsonOptions, cancellationToken);
    }

    [HttpGet("api/partners.csv")]
    public async Task Csv(CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        var (_, _, _, items) = await partners.StreamAsync(PartnerFilter.FromQuery(Request.Query), culture, Limit, cancellationToken);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "partners.csv" }.ToString();
        await PartnerOpenData.WriteCsvAsync(Response.Body, items, culture, SiteUrl(), cancellationToken);
    }

    private string TextCulture()
    {
        var requested = Request.Query[CultureKey].FirstOrDefault();
        return SupportedCultures.IsSupported(requested) ? requested! : SupportedCultures.Default;
    }

    private string SiteUrl() => HttpContext.RequestServices.GetRequiredService<SiteAddress>().Root;
}
