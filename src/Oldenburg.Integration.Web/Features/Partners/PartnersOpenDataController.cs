using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.OpenData;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>
/// /api/partners.json and /api/partners.csv take the directory's filter parameters. The text
/// language is <c>culture</c>, because <c>lang</c> already filters by the languages an organisation speaks.
/// </summary>
public sealed class PartnersOpenDataController(PartnerQueries partners, TimeProvider clock) : OpenDataController
{
    // The whole directory, but bounded so that a runaway import cannot make one request unbounded.
    private const int Limit = 50_000;

    [HttpGet("api/partners.json")]
    public async Task Json(CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        var (_, _, total, items) = await partners.StreamAsync(PartnerFilter.FromQuery(Request.Query), culture, Limit, cancellationToken);
        await WriteJsonAsync(PartnerOpenData.Envelope(items, Math.Min(total, Limit), culture, SiteUrl(), clock.GetUtcNow()), cancellationToken);
    }

    [HttpGet("api/partners.csv")]
    public async Task Csv(CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        var (_, _, _, items) = await partners.StreamAsync(PartnerFilter.FromQuery(Request.Query), culture, Limit, cancellationToken);
        var site = SiteUrl();
        await WriteCsvAsync("partners.csv", PartnerOpenData.Columns, items.Select(p => PartnerOpenData.CsvRow(p, culture, site)), cancellationToken);
    }
}
