using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Access;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Monitor;

/// <summary>The values grid of one indicator and the publishing of its data years (ADR 0033).</summary>
[ContentGrant(MonitorDefinition.ContentKey)]
public sealed class MonitorValuesController(MonitorValueStore store, AppDbContext db) : AdminController
{
    // Not "Index": that name is the shared content list's view in this folder.
    private const string GridView = "Values";

    [HttpGet]
    public async Task<IActionResult> Index(int id, int? addYear, CancellationToken cancellationToken)
    {
        if (await store.IndicatorAsync(id, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        var extra = addYear is >= MonitorCells.FirstYear and <= MonitorCells.LastYear ? [addYear.Value] : Array.Empty<int>();
        return View(GridView, await GridAsync(indicator, extra, null, [], cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Index(int id, List<MonitorGridCell> cells, CancellationToken cancellationToken)
    {
        if (await store.IndicatorAsync(id, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        var expected = (await store.ExpectedAsync(indicator, cancellationToken)).ToHashSet();
        var errors = new List<string>();
        var writes = new List<(int, MonitorCellKey, MonitorCellInput?)>();
        foreach (var cell in cells.Where(c => c.Year is >= MonitorCells.FirstYear and <= MonitorCells.LastYear && expected.Contains(c.Key)))
        {
            if (MonitorCells.Parse(cell.Text, out var value, out var blank) is { } error)
            {
                errors.Add($"{cell.Year}: {error}");
                continue;
            }

            writes.Add((cell.Year, cell.Key, blank && !cell.Suppressed ? null : new MonitorCellInput(cell.Year, cell.Key, cell.Suppressed ? null : value, cell.Suppressed)));
        }

        if (errors.Count == 0 && await store.WriteAsync(indicator, writes, StaffName, "Werteraster", cancellationToken) is { } refused)
        {
            errors.Add(refused);
        }

        if (errors.Count > 0)
        {
            var years = cells.Select(c => c.Year).Where(y => y is >= MonitorCells.FirstYear and <= MonitorCells.LastYear).Distinct().ToList();
            return View(GridView, await GridAsync(indicator, years, cells, errors, cancellationToken));
        }

        Flash("Die Werte sind gespeichert.");
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Publish(int id, int year, bool publish, CancellationToken cancellationToken)
    {
        if (await store.IndicatorAsync(id, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        if (!publish)
        {
            await store.UnpublishAsync(indicator, year, StaffName, cancellationToken);
            Flash($"Das Datenjahr {year} ist zurückgezogen und nicht mehr öffentlich.");
        }
        else
        {
            Flash(await store.PublishAsync(indicator, year, StaffName, cancellationToken) ?? $"Das Datenjahr {year} ist veröffentlicht.");
        }

        return RedirectToAction(nameof(Index), new { id });
    }

    private async Task<MonitorGridView> GridAsync(MonitorIndicator indicator, IEnumerable<int> extraYears, List<MonitorGridCell>? posted, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var expected = await store.ExpectedAsync(indicator, cancellationToken);
        var values = await store.ValuesAsync(indicator.Id, cancellationToken);
        var published = (await store.PublishedAsync(indicator.Id, cancellationToken)).ToDictionary(y => y.Year);
        var years = values.Select(v => v.Year).Concat(published.Keys).Concat(extraYears).Distinct().Order().TakeLast(MonitorGridView.MaxYears).ToList();
        var names = await db.Districts.AsNoTracking().Select(d => new { d.Id, Name = d.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Name).FirstOrDefault() ?? d.Key })
            .ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var rows = expected.Select(k => (k, k.DistrictId is { } d ? names.GetValueOrDefault(d, "?") : k.Group is { } g ? MonitorGroups.GermanLabel(g) : "Stadt insgesamt")).ToList();
        var cells = new Dictionary<(int, MonitorCellKey), MonitorGridCell>();
        foreach (var value in values)
        {
            cells[(value.Year, new MonitorCellKey(value.DistrictId, value.Group))] = new MonitorGridCell { Year = value.Year, DistrictId = value.DistrictId, Group = value.Group, Text = MonitorGridView.Format(value), Suppressed = value.Suppressed };
        }

        foreach (var cell in posted ?? [])
        {
            cells[(cell.Year, cell.Key)] = cell;
        }

        var gaps = years.ToDictionary(y => y, y => MonitorCells.Gaps(y, expected, values));
        var title = indicator.Translations.FirstOrDefault(t => t.Culture == ContentTranslation.SourceCulture)?.Title ?? indicator.Slug;
        return new MonitorGridView(indicator, title, years, rows, cells, published, gaps, errors);
    }
}
