using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.OpenData;

namespace Oldenburg.Integration.Web.Features.Monitor;

/// <summary>
/// /api/monitor/{slug}.json and .csv: exactly the data the indicator page's chart and table show, one row
/// per cell; /api/monitor/{slug}/districts.json and .csv the same for the district comparison of one year.
/// A suppressed cell says so and never carries a value.
/// </summary>
public sealed class MonitorOpenDataController(MonitorQueries monitor, TimeProvider clock) : OpenDataController
{
    public static readonly IReadOnlyList<string> CsvColumns = ["indicator", "series_key", "series", "category", "value", "unit", "status"];

    public static string JsonUrl(string slug, string culture) => $"/api/monitor/{slug}.json?{CultureKey}={culture}";

    public static string CsvUrl(string slug, string culture) => $"/api/monitor/{slug}.csv?{CultureKey}={culture}";

    public static string DistrictsJsonUrl(string slug, int year, string culture) =>
        $"/api/monitor/{slug}/districts.json?{MonitorController.YearKey}={year}&{CultureKey}={culture}";

    public static string DistrictsCsvUrl(string slug, int year, string culture) =>
        $"/api/monitor/{slug}/districts.csv?{MonitorController.YearKey}={year}&{CultureKey}={culture}";

    [HttpGet("api/monitor/{slug}.json")]
    public Task<IActionResult> Json(string slug, CancellationToken cancellationToken) =>
        JsonAsync(slug, year: null, IndicatorAsync, cancellationToken);

    [HttpGet("api/monitor/{slug}.csv")]
    public Task<IActionResult> Csv(string slug, CancellationToken cancellationToken) =>
        CsvAsync($"monitor-{slug}.csv", slug, year: null, IndicatorAsync, cancellationToken);

    [HttpGet("api/monitor/{slug}/districts.json")]
    public Task<IActionResult> DistrictsJson(string slug, [FromQuery(Name = MonitorController.YearKey)] int? year, CancellationToken cancellationToken) =>
        JsonAsync(slug, year, DistrictsAsync, cancellationToken);

    [HttpGet("api/monitor/{slug}/districts.csv")]
    public Task<IActionResult> DistrictsCsv(string slug, [FromQuery(Name = MonitorController.YearKey)] int? year, CancellationToken cancellationToken) =>
        CsvAsync($"monitor-{slug}-districts.csv", slug, year, DistrictsAsync, cancellationToken);

    // Both views answer with the indicator's facts, the page the data belongs to and the data itself; the
    // district view names its year, which falls back to the latest public one, as on the page.
    private delegate Task<Download?> Loader(string culture, string slug, int? year, CancellationToken cancellationToken);

    private sealed record Download(MonitorIndicatorInfo Info, MonitorData Data, string Page, int? Year);

    private async Task<Download?> IndicatorAsync(string culture, string slug, int? year, CancellationToken cancellationToken) =>
        await monitor.IndicatorAsync(culture, slug, includeUnpublished: false, cancellationToken) is { } view
            ? new Download(view.Info, view.Data, $"/{culture}/monitor/{slug}", null)
            : null;

    private async Task<Download?> DistrictsAsync(string culture, string slug, int? year, CancellationToken cancellationToken) =>
        await monitor.DistrictsAsync(culture, slug, year, cancellationToken) is { } view
            ? new Download(view.Info, view.Data, $"/{culture}/monitor/{slug}/districts" + (view.Year is { } y ? $"?{MonitorController.YearKey}={y}" : ""), view.Year)
            : null;

    private async Task<IActionResult> JsonAsync(string slug, int? year, Loader load, CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        if (await load(culture, slug, year, cancellationToken) is not { } download)
        {
            return NotFound();
        }

        var rows = Rows(download.Data).ToList();
        var body = OpenDataFeed.Envelope(rows.Select(r => new Dictionary<string, object?>
        {
            ["series_key"] = r.Series.Key,
            ["series"] = r.Series.Name,
            ["category"] = r.Point.Category,
            ["value"] = r.Point.Value,
            ["status"] = Status(r.Point),
        }).ToAsyncEnumerable(), rows.Count, culture, SiteUrl() + download.Page, clock.GetUtcNow());
        body["indicator"] = download.Info.Name;
        body["unit"] = download.Info.Unit;
        body["indicator_source"] = download.Info.Source;
        body["sample"] = download.Info.IsSample;
        if (download.Year is { } shown)
        {
            body["year"] = shown;
        }

        await WriteJsonAsync(body, cancellationToken);
        return new EmptyResult();
    }

    private async Task<IActionResult> CsvAsync(string fileName, string slug, int? year, Loader load, CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        if (await load(culture, slug, year, cancellationToken) is not { } download)
        {
            return NotFound();
        }

        var info = download.Info;
        var rows = Rows(download.Data).Select(r => (IEnumerable<string?>)
            [info.Slug, r.Series.Key, r.Series.Name, r.Point.Category, MonitorFormat.Invariant(r.Point.Value), info.Unit, Status(r.Point)]);
        await WriteCsvAsync(fileName, CsvColumns, rows.ToAsyncEnumerable(), cancellationToken);
        return new EmptyResult();
    }

    private static IEnumerable<(MonitorSeries Series, MonitorPoint Point)> Rows(MonitorData data) =>
        data.Series.SelectMany(s => s.Points.Select(p => (s, p)));

    private static string Status(MonitorPoint point) => point.Suppressed ? "suppressed" : point.Value is null ? "missing" : "value";
}
