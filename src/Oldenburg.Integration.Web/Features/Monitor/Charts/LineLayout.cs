namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>
/// Lines over ordered categories (years), also used for the two-group comparison. A missing or
/// suppressed value breaks the line and is marked below the axis, never drawn at zero.
/// </summary>
public static class LineLayout
{
    private const double PlotHeight = 220;
    private const double EdgePad = 14;
    private const double GapMarkerStep = 14;

    public static ChartScene Build(ChartRequest request, ChartData data, ChartText text)
    {
        var items = new List<SceneItem>();
        var keys = data.Series.Select((s, i) => new KeyEntry(s.Name, ChartStyle.Colour(i), ChartStyle.Dash(i), ChartStyle.Shape(i), MarkerFill.Solid, Line: true));
        var y = ChartKey.Add(items, 4, keys.Concat(ChartKey.GapEntries(data, request))) + 6;
        y = AxisTitle.Add(items, request.Unit, y);

        var values = data.Values;
        var scale = values.Count == 0 ? null : NiceScale.For(values.Min(), values.Max(), 5, includeZero: false);
        var tickLabels = scale?.Ticks.Select(t => (Tick: t, Label: text.Number(t, scale.TickDecimals))).ToList() ?? [];
        var ends = data.Series.Select((s, i) => LastDrawn(s)).ToList();
        var left = tickLabels.Count == 0 ? 8 : tickLabels.Max(t => ChartText.Width(t.Label, ChartStyle.FontSize)) + 12;
        var right = ends.Where(e => e is not null).Select(e => ChartText.Width(text.Value(e!.Value.Value), ChartStyle.FontSize) + 16).DefaultIfEmpty(16).Max();

        var plotTop = y + 10;
        var plotBottom = plotTop + PlotHeight;
        var plotRight = ChartStyle.Width - right;
        var x = CategoryPositions(data.Categories.Count, left, plotRight);
        var valueY = scale is null ? (LinearScale?)null : LinearScale.From(scale, plotBottom, plotTop);

        foreach (var (tick, label) in tickLabels)
        {
            var ty = valueY!.Value.Map(tick);
            items.Add(new SceneLine(left, ty, plotRight, ty, tick == 0m ? "chart-zero" : "chart-grid", tick == 0m ? ChartStyle.Axis : ChartStyle.Grid, tick == 0m ? 2 : 1));
            items.Add(new SceneText(left - 8, ty + 6, label, TextAnchor.End, "chart-tick", ChartStyle.Text));
        }
        if (scale is null)
        {
            items.Add(new SceneLine(left, plotBottom, plotRight, plotBottom, "chart-grid", ChartStyle.Axis, 1));
            items.Add(new SceneText((left + plotRight) / 2, plotTop + (PlotHeight / 2), request.MissingLabel, TextAnchor.Middle, "chart-empty", ChartStyle.Text));
        }

        var hasGaps = data.HasMissing || data.HasSuppressed;
        var lines = new List<SceneItem>();
        var marks = new List<SceneItem>();
        for (var s = 0; s < data.Series.Count; s++)
        {
            var gapY = plotBottom + 12 + (s * GapMarkerStep);
            DrawSeries(lines, marks, data.Series[s], s, x, valueY, gapY);
        }
        items.AddRange(lines);
        items.AddRange(marks);

        var labelY = plotBottom + (hasGaps ? 6 + (data.Series.Count * GapMarkerStep) : 0) + 24;
        AddCategoryLabels(items, data.Categories, x, labelY);
        AddEndLabels(items, ends, x, valueY, text);
        return new ChartScene(ChartStyle.Width, labelY + 12, items);
    }

    private static void DrawSeries(List<SceneItem> lines, List<SceneItem> marks, SeriesData series, int s, IReadOnlyList<double> x, LinearScale? valueY, double gapY)
    {
        var colour = ChartStyle.Colour(s);
        var shape = ChartStyle.Shape(s);
        var segments = new List<IReadOnlyList<ScenePoint>>();
        var current = new List<ScenePoint>();
        for (var i = 0; i < series.Points.Count; i++)
        {
            var point = series.Points[i];
            if (ChartData.IsDrawn(point))
            {
                current.Add(new ScenePoint(x[i], valueY!.Value.Map(point!.Value!.Value)));
                continue;
            }
            if (current.Count > 0)
            {
                segments.Add(current);
                current = [];
            }
            var suppressed = point is { Suppressed: true };
            marks.Add(new SceneMarker(x[i], gapY, shape, suppressed ? "chart-suppressed" : "chart-missing", colour, suppressed ? MarkerFill.Hatched : MarkerFill.Hollow));
        }
        if (current.Count > 0)
        {
            segments.Add(current);
        }
        if (segments.Count > 0)
        {
            lines.Add(new ScenePath(segments, "chart-line", colour, 3, ChartStyle.Dash(s)));
        }
        marks.AddRange(segments.SelectMany(seg => seg).Select(p => new SceneMarker(p.X, p.Y, shape, "chart-point", colour, MarkerFill.Solid)));
    }

    private static IReadOnlyList<double> CategoryPositions(int count, double left, double right)
    {
        if (count <= 1)
        {
            return [(left + right) / 2];
        }
        var step = (right - left - (2 * EdgePad)) / (count - 1);
        return [.. Enumerable.Range(0, count).Select(i => left + EdgePad + (i * step))];
    }

    /// <summary>Every k-th year when all would collide, preferring a k that keeps the last year labelled.</summary>
    private static void AddCategoryLabels(List<SceneItem> items, IReadOnlyList<string> categories, IReadOnlyList<double> x, double y)
    {
        var every = 1;
        if (categories.Count > 1)
        {
            var widest = categories.Max(c => ChartText.Width(c, ChartStyle.FontSize)) + 10;
            var needed = Math.Max(1, (int)Math.Ceiling(widest / (x[1] - x[0])));
            var keepsLast = Enumerable.Range(needed, needed + 1).FirstOrDefault(k => (categories.Count - 1) % k == 0);
            every = keepsLast > 0 && keepsLast < categories.Count ? keepsLast : needed;
        }
        for (var i = 0; i < categories.Count; i += every)
        {
            items.Add(new SceneText(x[i], y, categories[i], TextAnchor.Middle, "chart-category", ChartStyle.Text));
        }
    }

    private static (int Index, decimal Value)? LastDrawn(SeriesData series)
    {
        for (var i = series.Points.Count - 1; i >= 0; i--)
        {
            if (ChartData.IsDrawn(series.Points[i]))
            {
                return (i, series.Points[i]!.Value!.Value);
            }
        }
        return null;
    }

    /// <summary>The latest value beside each line's end, pushed apart when two lines end close together.</summary>
    private static void AddEndLabels(List<SceneItem> items, List<(int Index, decimal Value)?> ends, IReadOnlyList<double> x, LinearScale? valueY, ChartText text)
    {
        var labels = ends.Select((e, s) => (Series: s, End: e))
            .Where(e => e.End is not null)
            .Select(e => (e.Series, X: x[e.End!.Value.Index] + 10, Y: valueY!.Value.Map(e.End.Value.Value) + 6, Text: text.Value(e.End.Value.Value)))
            .OrderBy(l => l.Y)
            .ToList();
        var previous = double.MinValue;
        foreach (var label in labels)
        {
            var ly = Math.Max(label.Y, previous + ChartStyle.LineHeight - 4);
            items.Add(new SceneText(label.X, ly, label.Text, TextAnchor.Start, "chart-value", ChartStyle.Colour(label.Series), Bold: true));
            previous = ly;
        }
    }
}
