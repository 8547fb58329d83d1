using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.OpenData;

namespace Oldenburg.Integration.Web.Features.Monitor;

/// <summary>
/// /api/monitor/{slug}.json and .csv: exactly the data the indicator page's chart and table show,
/// one row per cell. A suppressed cell says so and never carries a value.
/// </summary>
public sealed class MonitorOpenDataController(MonitorQueries monitor, TimeProvider clock) : OpenDataController
{
    public static readonly IReadOnlyList<string> CsvColumns = ["indicator", "series_key", "series", "category", "value", "unit", "status"];

    public static string JsonUrl(string slug, string culture) => $"/api/monitor/{slug}.json?{CultureKey}={culture}";

    public static string CsvUrl(string slug, string culture) => $"/api/monitor/{slug}.csv?{CultureKey}={culture}";

    [HttpGet("api/monitor/{slug}.json")]
    public async Task<IActionResult> Json(string slug, CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        if (await monitor.IndicatorAsync(culture, slug, includeUnpublished: false, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        var rows = Rows(view).ToList();
        var body = OpenDataFeed.Envelope(rows.Select(r => new Dictionary<string, object?>
        {
            ["series_key"] = r.Series.Key,
            ["series"] = r.Series.Name,
            ["category"] = r.Point.Category,
            ["value"] = r.Point.Value,
            ["status"] = Status(r.Point),
        }).ToAsyncEnumerable(), rows.Count, culture, $"{SiteUrl()}/{culture}/monitor/{slug}", clock.GetUtcNow());
        body["indicator"] = view.Info.Name;
        body["unit"] = view.Info.Unit;
        body["indicator_source"] = view.Info.Source;
        body["sample"] = view.Info.IsSample;
        await WriteJsonAsync(body, cancellationToken);
        return new EmptyResult();
    }

    [HttpGet("api/monitor/{slug}.csv")]
    public async Task<IActionResult> Csv(string slug, CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        if (await monitor.IndicatorAsync(culture, slug, includeUnpublished: false, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        var rows = Rows(view).Select(r => (IEnumerable<string?>)
            [view.Info.Slug, r.Series.Key, r.Series.Name, r.Point.Category, MonitorFormat.Invariant(r.Point.Value), view.Info.Unit, Status(r.Point)]);
        await WriteCsvAsync($"monitor-{slug}.csv", CsvColumns, rows.ToAsyncEnumerable(), cancellationToken);
        return new EmptyResult();
    }

    private static IEnumerable<(MonitorSeries Series, MonitorPoint Point)> Rows(MonitorIndicatorView view) =>
        view.Data.Series.SelectMany(s => s.Points.Select(p => (s, p)));

    private static string Status(MonitorPoint point) => point.Suppressed ? "suppressed" : point.Value is null ? "missing" : "value";
}
