using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oldenburg.Integration.Web.Features.Shared.OpenData;

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
    public const string CultureKey = OpenDataResponse.CultureKey;
    public const string RateLimitPolicy = OpenDataResponse.RateLimitPolicy;

    // The whole directory, but bounded so that a runaway import cannot make one request unbounded.
    private const int Limit = 50_000;

    [HttpGet("api/partners.json")]
    public async Task Json(CancellationToken cancellationToken)
    {
        var culture = OpenDataResponse.TextCulture(Request);
        var (_, _, total, items) = await partners.StreamAsync(PartnerFilter.FromQuery(Request.Query), culture, Limit, cancellationToken);
        var body = PartnerOpenData.Envelope(items, Math.Min(total, Limit), culture, OpenDataResponse.SiteUrl(HttpContext), clock.GetUtcNow());
        await OpenDataResponse.WriteJsonAsync(Response, body, cancellationToken);
    }

    [HttpGet("api/partners.csv")]
    public async Task Csv(CancellationToken cancellationToken)
    {
        var culture = OpenDataResponse.TextCulture(Request);
        var (_, _, _, items) = await partners.StreamAsync(PartnerFilter.FromQuery(Request.Query), culture, Limit, cancellationToken);
        OpenDataResponse.StartCsv(Response, "partners.csv");
        await PartnerOpenData.WriteCsvAsync(Response.Body, items, culture, OpenDataResponse.SiteUrl(HttpContext), cancellationToken);
    }
}
