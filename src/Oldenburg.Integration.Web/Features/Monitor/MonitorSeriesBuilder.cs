using System.Globalization;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Monitor;

/// <summary>The words a page's data needs in the reader's language.</summary>
public sealed record MonitorLabels(string Year, string District, string Group, string Total, Func<string, string> GroupName);

/// <summary>A district in the order and language the pages list it.</summary>
public sealed record MonitorDistrict(int Id, string Key, string Name);

/// <summary>
/// Turns stored cells into the series a page shows. A cell that is not stored is a gap; a
/// suppressed cell never carries its value past this point.
/// </summary>
public static class MonitorSeriesBuilder
{
    public const string TotalKey = "total";

    /// <summary>The time series the summary and the overview read: the city-wide value, or one per group.</summary>
    public static IReadOnlyList<MonitorSeries> OverYears(MonitorBreakdown breakdown, IReadOnlyList<int> years, IReadOnlyList<MonitorValue> values, MonitorLabels labels) =>
        breakdown == MonitorBreakdown.Groups
            ? [.. MonitorGroups.All.Select(g => new MonitorSeries(g, labels.GroupName(g), [.. years.Select(y => Point(Year(y), Cell(values, y, null, g)))]))]
            : [new MonitorSeries(TotalKey, labels.Total, [.. years.Select(y => Point(Year(y), Cell(values, y, null, null)))])];

    public static MonitorData AcrossDistricts(int year, IReadOnlyList<MonitorDistrict> districts, IReadOnlyList<MonitorValue> values, MonitorLabels labels) =>
        new(MonitorChartKind.Bar, labels.District, [.. districts.Select(d => d.Name)],
            [new MonitorSeries(Year(year), Year(year), [.. districts.Select(d => Point(d.Name, Cell(values, year, d.Id, null)))])]);

    /// <summary>What the indicator page draws, by its chart kind; bars show the latest public year.</summary>
    public static MonitorData ForPage(MonitorIndicatorInfo info, IReadOnlyList<int> years, IReadOnlyList<MonitorValue> values, IReadOnlyList<MonitorDistrict> districts, MonitorLabels labels)
    {
        var trend = OverYears(info.Breakdown, years, values, labels);
        if (info.ChartKind == MonitorChartKind.Bar && years.Count > 0 && info.Breakdown != MonitorBreakdown.Years)
        {
            var latest = years[^1];
            return info.Breakdown == MonitorBreakdown.Districts
                ? AcrossDistricts(latest, districts, values, labels)
                : new(MonitorChartKind.Bar, labels.Group, [.. MonitorGroups.All.Select(labels.GroupName)],
                    [new MonitorSeries(Year(latest), Year(latest), [.. MonitorGroups.All.Select(g => Point(labels.GroupName(g), Cell(values, latest, null, g)))])]);
        }

        var kind = info.ChartKind == MonitorChartKind.Comparison && trend.Count != 2 ? MonitorChartKind.Line : info.ChartKind;
        return new MonitorData(kind, labels.Year, [.. years.Select(Year)], trend);
    }

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static MonitorValue? Cell(IReadOnlyList<MonitorValue> values, int year, int? districtId, string? group) =>
        values.LastOrDefault(v => v.Year == year && v.DistrictId == districtId && v.Group == group);

    private static MonitorPoint Point(string category, MonitorValue? cell) =>
        cell is null ? new(category, null, false) : new(category, cell.Suppressed ? null : cell.Value, cell.Suppressed);
}
