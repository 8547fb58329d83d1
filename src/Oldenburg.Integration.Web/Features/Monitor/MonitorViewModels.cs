using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Monitor;

/// <summary>One cell as the public sees it: a value, a gap (missing) or a withheld value (suppressed).</summary>
public sealed record MonitorPoint(string Category, decimal? Value, bool Suppressed)
{
    public bool IsMissing => Value is null && !Suppressed;
}

/// <summary>A named row of the data table and line of the chart; <see cref="Key"/> is the group key or "total".</summary>
public sealed record MonitorSeries(string Key, string Name, IReadOnlyList<MonitorPoint> Points);

/// <summary>
/// Exactly what a page shows: the chart draws it, the table lists it and the downloads write it,
/// so the three cannot disagree.
/// </summary>
public sealed record MonitorData(MonitorChartKind Kind, string CategoryLabel, IReadOnlyList<string> Categories, IReadOnlyList<MonitorSeries> Series)
{
    public bool HasGaps => Series.Any(s => s.Points.Any(p => p.IsMissing));

    public bool HasSuppressed => Series.Any(s => s.Points.Any(p => p.Suppressed));
}

/// <summary>An indicator's texts and facts in the reader's language (German as fallback).</summary>
public sealed record MonitorIndicatorInfo(
    int Id, string Slug, string Dimension, string Name, string Definition, string Unit, string Notes, string Source,
    int Decimals, MonitorBreakdown Breakdown, MonitorChartKind ChartKind, bool IsSample, string TextCulture, bool IsFallback, DateTime UpdatedAt);

/// <summary>The indicator page: facts, the chart's data, the time series the summary reads, and the public years.</summary>
public sealed record MonitorIndicatorView(
    MonitorIndicatorInfo Info, IReadOnlyList<int> Years, DateTime? DataDate, MonitorData Data, IReadOnlyList<MonitorSeries> Trend, IReadOnlyList<string> Summary);

/// <summary>The district comparison of one indicator for one public year.</summary>
public sealed record MonitorDistrictsView(MonitorIndicatorInfo Info, IReadOnlyList<int> Years, int? Year, MonitorData Data);

/// <summary>One indicator on the overview: its latest public value and the change against the one before.</summary>
public sealed record MonitorOverviewItem(MonitorIndicatorInfo Info, MonitorSeries Trend, MonitorChange? Change);

public sealed record MonitorOverview(IReadOnlyList<(string Dimension, IReadOnlyList<MonitorOverviewItem> Items)> Dimensions);

public enum MonitorDirection
{
    OnlyOne,
    Up,
    Down,
    Same,
}

/// <summary>The latest value of a series and the last earlier one that had a value.</summary>
public sealed record MonitorChange(string Year, decimal Value, string? PreviousYear, decimal? Previous)
{
    public MonitorDirection Direction => Previous is not { } before ? MonitorDirection.OnlyOne
        : Value > before ? MonitorDirection.Up : Value < before ? MonitorDirection.Down : MonitorDirection.Same;

    public static MonitorChange? Of(MonitorSeries series)
    {
        var withValues = series.Points.Where(p => p.Value is not null).ToList();
        if (withValues.Count == 0)
        {
            return null;
        }

        var last = withValues[^1];
        var before = withValues.Count > 1 ? withValues[^2] : null;
        return new MonitorChange(last.Category, last.Value!.Value, before?.Category, before?.Value);
    }
}
