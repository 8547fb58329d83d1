namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>The request's series lined up on one ordered category axis; a category a series lacks is missing.</summary>
public sealed class ChartData
{
    public ChartData(IReadOnlyList<ChartSeries> series)
    {
        Categories = [.. series.SelectMany(s => s.Points).Select(p => p.Category).Distinct(StringComparer.Ordinal)];
        Series = [.. series.Select(s => new SeriesData(s.Name, [.. Categories.Select(c => s.Points.FirstOrDefault(p => p.Category == c))]))];
    }

    public IReadOnlyList<string> Categories { get; }

    public IReadOnlyList<SeriesData> Series { get; }

    /// <summary>Only drawn values: a suppressed point's value (if one was passed) must not leak into the scale.</summary>
    public IReadOnlyList<decimal> Values => [.. Series.SelectMany(s => s.Points).Where(IsDrawn).Select(p => p!.Value!.Value)];

    public bool HasMissing => Series.Any(s => s.Points.Any(p => p is null || (p.Value is null && !p.Suppressed)));

    public bool HasSuppressed => Series.Any(s => s.Points.Any(p => p is { Suppressed: true }));

    public static bool IsDrawn(ChartPoint? point) => point is { Suppressed: false, Value: not null };
}

public sealed record SeriesData(string Name, IReadOnlyList<ChartPoint?> Points);
