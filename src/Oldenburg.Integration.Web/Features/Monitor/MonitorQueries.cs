using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Monitor;

/// <summary>
/// Published indicators with the values of their published years only (ADR 0033): a year staff
/// have not published is never read for a public page, a download or the sitemap.
/// </summary>
public sealed class MonitorQueries(AppDbContext db, IStringLocalizer<MonitorResource> text)
{
    public MonitorWording Wording(string culture) => new(text, SupportedCultures.Get(culture));

    public async Task<MonitorOverview> OverviewAsync(string culture, CancellationToken cancellationToken)
    {
        var wording = Wording(culture);
        var indicators = await Indicators(includeUnpublished: false).ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var years = await db.MonitorDataYears.AsNoTracking().Where(y => ids.Contains(y.MonitorIndicatorId)).ToListAsync(cancellationToken);
        var values = await db.MonitorValues.AsNoTracking()
            .Where(v => ids.Contains(v.MonitorIndicatorId) && v.DistrictId == null
                && db.MonitorDataYears.Any(y => y.MonitorIndicatorId == v.MonitorIndicatorId && y.Year == v.Year))
            .ToListAsync(cancellationToken);
        var items = indicators.Select(i =>
        {
            var info = Info(i, culture);
            var own = years.Where(y => y.MonitorIndicatorId == i.Id).Select(y => y.Year).Order().ToList();
            var trend = MonitorSeriesBuilder.OverYears(i.Breakdown, own, [.. values.Where(v => v.MonitorIndicatorId == i.Id)], wording.Labels())[0];
            return new MonitorOverviewItem(info, trend, MonitorChange.Of(trend));
        }).ToList();
        return new MonitorOverview([.. MonitorDimensions.All
            .Select(d => (d, (IReadOnlyList<MonitorOverviewItem>)[.. items.Where(i => i.Info.Dimension == d)]))
            .Where(d => d.Item2.Count > 0)]);
    }

    /// <summary>One indicator's page; <c>includeUnpublished</c> (staff preview only) also shows drafts and unpublished years.</summary>
    public async Task<MonitorIndicatorView?> IndicatorAsync(string culture, string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        if (await Indicators(includeUnpublished).SingleOrDefaultAsync(i => i.Slug == slug, cancellationToken) is not { } indicator)
        {
            return null;
        }

        var wording = Wording(culture);
        var info = Info(indicator, culture);
        var (years, dataDate) = await YearsAsync(indicator.Id, includeUnpublished, cancellationToken);
        var values = await ValuesAsync(indicator.Id, years, cancellationToken);
        var labels = wording.Labels();
        var trend = MonitorSeriesBuilder.OverYears(info.Breakdown, years, values, labels);
        var data = MonitorSeriesBuilder.ForPage(info, years, values, await DistrictsAsync(culture, cancellationToken), labels);
        return new MonitorIndicatorView(info, years, dataDate, data, trend, wording.Summary(info, trend));
    }

    /// <summary>The district comparison of an indicator broken down by district; the year falls back to the latest public one.</summary>
    public async Task<MonitorDistrictsView?> DistrictsAsync(string culture, string slug, int? year, CancellationToken cancellationToken)
    {
        if (await Indicators(includeUnpublished: false).SingleOrDefaultAsync(i => i.Slug == slug && i.Breakdown == MonitorBreakdown.Districts, cancellationToken) is not { } indicator)
        {
            return null;
        }

        var info = Info(indicator, culture);
        var (years, _) = await YearsAsync(indicator.Id, includeUnpublished: false, cancellationToken);
        int? shown = year is { } y && years.Contains(y) ? y : years.Count > 0 ? years[^1] : null;
        var districts = await DistrictsAsync(culture, cancellationToken);
        var values = shown is { } s ? await ValuesAsync(indicator.Id, [s], cancellationToken) : [];
        var data = shown is { } chosen
            ? MonitorSeriesBuilder.AcrossDistricts(chosen, districts, values, Wording(culture).Labels())
            : new MonitorData(MonitorChartKind.Bar, text["Table.District"], [], []);
        return new MonitorDistrictsView(info, years, shown, data);
    }

    public async Task<IReadOnlyList<(string Slug, DateTime UpdatedAt, bool HasDistricts)>> PublishedSlugsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Monitor.AsNoTracking().Where(i => i.State == PublishState.Published).OrderBy(i => i.Slug)
            .Select(i => new { i.Slug, i.UpdatedAt, i.Breakdown }).ToListAsync(cancellationToken))
            .Select(i => (i.Slug, i.UpdatedAt, i.Breakdown == MonitorBreakdown.Districts))];

    private IQueryable<MonitorIndicator> Indicators(bool includeUnpublished) =>
        db.Monitor.AsNoTracking().Include(i => i.Translations)
            .Where(i => includeUnpublished || i.State == PublishState.Published)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Slug);

    private async Task<(IReadOnlyList<int> Years, DateTime? DataDate)> YearsAsync(int id, bool includeUnpublished, CancellationToken cancellationToken)
    {
        if (includeUnpublished)
        {
            return ([.. await db.MonitorValues.Where(v => v.MonitorIndicatorId == id).Select(v => v.Year).Distinct().OrderBy(y => y).ToListAsync(cancellationToken)], null);
        }

        var published = await db.MonitorDataYears.AsNoTracking().Where(y => y.MonitorIndicatorId == id).OrderBy(y => y.Year).ToListAsync(cancellationToken);
        return ([.. published.Select(y => y.Year)], published.Count > 0 ? published.Max(y => y.PublishedAt) : null);
    }

    private async Task<IReadOnlyList<MonitorValue>> ValuesAsync(int id, IReadOnlyList<int> years, CancellationToken cancellationToken)
    {
        var list = years.ToList();
        return await db.MonitorValues.AsNoTracking().Where(v => v.MonitorIndicatorId == id && list.Contains(v.Year)).OrderBy(v => v.Id).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<MonitorDistrict>> DistrictsAsync(string culture, CancellationToken cancellationToken) =>
        [.. (await db.Districts.AsNoTracking().Include(d => d.Translations).OrderBy(d => d.SortOrder).ThenBy(d => d.Key).ToListAsync(cancellationToken))
            .Select(d => new MonitorDistrict(d.Id, d.Key, d.Translations.ForCulture(culture)?.Value.Name ?? d.Key))];

    private static MonitorIndicatorInfo Info(MonitorIndicator i, string culture)
    {
        var localized = i.Translations.ForCulture(culture);
        var t = localized?.Value ?? new MonitorIndicatorText { Title = i.Slug };
        return new MonitorIndicatorInfo(i.Id, i.Slug, i.Dimension, t.Title, t.Definition, t.Unit, t.Notes, i.Source, i.Decimals,
            i.Breakdown, i.ChartKind, i.IsSample, localized?.Culture ?? culture, localized?.IsFallback ?? false, i.UpdatedAt);
    }
}
