using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Areas.Admin.Monitor;

/// <summary>
/// Every write to an indicator's values and data years: the grid, the import and publishing go
/// through here, so each is audited and evicts the monitor's pages (ADR 0033).
/// </summary>
public sealed class MonitorValueStore(AppDbContext db, AuditLog audit, PublicCache cache, TimeProvider clock)
{
    public Task<MonitorIndicator?> IndicatorAsync(int id, CancellationToken cancellationToken) =>
        db.Monitor.Include(i => i.Translations).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<IReadOnlyList<MonitorCellKey>> ExpectedAsync(MonitorIndicator indicator, CancellationToken cancellationToken) =>
        MonitorCells.Expected(indicator.Breakdown, await db.Districts.OrderBy(d => d.SortOrder).ThenBy(d => d.Key).Select(d => d.Id).ToListAsync(cancellationToken));

    public Task<List<MonitorValue>> ValuesAsync(int id, CancellationToken cancellationToken) =>
        db.MonitorValues.Where(v => v.MonitorIndicatorId == id).ToListAsync(cancellationToken);

    public Task<List<MonitorDataYear>> PublishedAsync(int id, CancellationToken cancellationToken) =>
        db.MonitorDataYears.Where(y => y.MonitorIndicatorId == id).OrderBy(y => y.Year).ToListAsync(cancellationToken);

    /// <summary>
    /// Writes the cells (null input = remove the cell) unless a published year would lose a cell;
    /// returns the German reason when nothing was written.
    /// </summary>
    public async Task<string?> WriteAsync(MonitorIndicator indicator, IReadOnlyList<(int Year, MonitorCellKey Key, MonitorCellInput? Input)> cells, string staff, string what, CancellationToken cancellationToken)
    {
        var values = await ValuesAsync(indicator.Id, cancellationToken);
        var stored = values.GroupBy(v => (v.Year, new MonitorCellKey(v.DistrictId, v.Group))).ToDictionary(g => g.Key, g => g.ToList());
        var changed = 0;
        foreach (var (year, key, input) in cells)
        {
            var existing = stored.GetValueOrDefault((year, key)) ?? [];
            if (input is null)
            {
                db.MonitorValues.RemoveRange(existing);
                changed += existing.Count;
                continue;
            }

            var row = existing.FirstOrDefault();
            db.MonitorValues.RemoveRange(existing.Skip(1));
            if (row is null)
            {
                row = new MonitorValue { MonitorIndicatorId = indicator.Id, Year = year, DistrictId = key.DistrictId, Group = key.Group };
                db.MonitorValues.Add(row);
            }

            changed += row.Value != input.Value || row.Suppressed != input.Suppressed || row.Id == 0 ? 1 : 0;
            (row.Value, row.Suppressed) = (input.Value, input.Suppressed);
        }

        var after = db.ChangeTracker.Entries<MonitorValue>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity).Where(v => v.MonitorIndicatorId == indicator.Id).ToList();
        var expected = await ExpectedAsync(indicator, cancellationToken);
        foreach (var published in await PublishedAsync(indicator.Id, cancellationToken))
        {
            if (MonitorCells.Gaps(published.Year, expected, after) > 0)
            {
                db.ChangeTracker.Clear();
                return $"Das Jahr {published.Year} ist veröffentlicht und muss vollständig bleiben. Bitte tragen Sie für jedes Feld einen Wert, „-“ (keine Angabe) oder „geschützt“ ein – oder ziehen Sie das Jahr zuerst zurück.";
            }
        }

        await SaveAsync(indicator, AuditActions.Saved, staff, $"{what}: {changed} Werte geändert", cancellationToken);
        return null;
    }

    /// <summary>Publishes a complete year; returns the German reason when the year is not complete.</summary>
    public async Task<string?> PublishAsync(MonitorIndicator indicator, int year, string staff, CancellationToken cancellationToken)
    {
        var gaps = MonitorCells.Gaps(year, await ExpectedAsync(indicator, cancellationToken), await ValuesAsync(indicator.Id, cancellationToken));
        if (gaps > 0)
        {
            return $"Das Jahr {year} ist noch nicht vollständig: {gaps} Felder sind leer. Bitte tragen Sie einen Wert, „-“ (keine Angabe) oder „geschützt“ ein.";
        }

        if (!await db.MonitorDataYears.AnyAsync(y => y.MonitorIndicatorId == indicator.Id && y.Year == year, cancellationToken))
        {
            db.MonitorDataYears.Add(new MonitorDataYear { MonitorIndicatorId = indicator.Id, Year = year, PublishedAt = clock.GetUtcNow().UtcDateTime, PublishedBy = staff });
        }

        await SaveAsync(indicator, AuditActions.Published, staff, $"Datenjahr {year} veröffentlicht", cancellationToken);
        return null;
    }

    public async Task UnpublishAsync(MonitorIndicator indicator, int year, string staff, CancellationToken cancellationToken)
    {
        db.MonitorDataYears.RemoveRange(await db.MonitorDataYears.Where(y => y.MonitorIndicatorId == indicator.Id && y.Year == year).ToListAsync(cancellationToken));
        await SaveAsync(indicator, AuditActions.Unpublished, staff, $"Datenjahr {year} zurückgezogen", cancellationToken);
    }

    private async Task SaveAsync(MonitorIndicator indicator, string action, string staff, string details, CancellationToken cancellationToken)
    {
        var title = indicator.Translations.FirstOrDefault(t => t.Culture == ContentTranslation.SourceCulture)?.Title ?? indicator.Slug;
        audit.Add(action, staff, new ContentRef(MonitorDefinition.ContentKey, indicator.Id), title, details);
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync([MonitorDefinition.ContentKey], cancellationToken);
    }
}
