namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>
/// Horizontal bars, one row per district or group: the name on its own line above the bar, so long
/// district names need neither rotation nor abbreviation at 320 px, and thirty rows stay readable.
/// The value axis always includes zero; negative values grow from the zero line the other way.
/// </summary>
public static class BarLayout
{
    private const double RowHeight = 56;
    private const double BarHeight = 20;
    private const double GapMarkWidth = 24;

    public static ChartScene Build(ChartRequest request, ChartData data, ChartText text)
    {
        var items = new List<SceneItem>();
        var series = data.Series[0];
        var y = AxisTitle.Add(items, request.Unit, 4) + 4;

        var values = data.Values;
        var labels = series.Points.Select(p => ChartData.IsDrawn(p) ? text.Value(p!.Value!.Value) : null).ToList();
        var valueWidth = labels.Where(l => l is not null).Select(l => ChartText.Width(l!, ChartStyle.FontSize) + 10).DefaultIfEmpty(0).Max();
        var hasNegative = values.Any(v => v < 0);
        var left = hasNegative ? valueWidth + 4 : 12;
        var right = ChartStyle.Width - Math.Max(values.Any(v => v > 0) ? valueWidth + 4 : 0, 24);

        var scale = NiceScale.For(values.DefaultIfEmpty(0m).Min(), values.DefaultIfEmpty(0m).Max(), MaxIntervals(right - left, values), includeZero: true);
        var valueX = LinearScale.From(scale, left, right);
        var zeroX = valueX.Map(0m);
        var rowsTop = y;
        var rowsBottom = rowsTop + (data.Categories.Count * RowHeight);

        foreach (var tick in scale.Ticks)
        {
            var tx = valueX.Map(tick);
            items.Add(new SceneLine(tx, rowsTop, tx, rowsBottom, "chart-grid", ChartStyle.Grid, 1));
            items.Add(new SceneText(tx, rowsBottom + 24, text.Number(tick, scale.TickDecimals), TextAnchor.Middle, "chart-tick", ChartStyle.Text));
        }

        // Room for a "keine Angabe" note is on whichever side of zero has the wider plot.
        var noteTowardsEnd = right - zeroX >= zeroX - left;
        var sign = noteTowardsEnd ? 1 : -1;
        for (var i = 0; i < data.Categories.Count; i++)
        {
            var rowTop = rowsTop + (i * RowHeight);
            var barTop = rowTop + 26;
            var mid = barTop + (BarHeight / 2) + 6;
            items.Add(new SceneText(left, rowTop + 18, data.Categories[i], TextAnchor.Start, "chart-category", ChartStyle.Text));
            var point = series.Points[i];
            if (ChartData.IsDrawn(point))
            {
                var value = point!.Value!.Value;
                var end = valueX.Map(value);
                items.Add(new SceneRect(Math.Min(zeroX, end), barTop, Math.Abs(end - zeroX), BarHeight, "chart-bar", ChartStyle.Colour(0), MarkerFill.Solid));
                var outwards = value >= 0 ? 1 : -1;
                items.Add(new SceneText(end + (6 * outwards), mid, labels[i]!, outwards > 0 ? TextAnchor.Start : TextAnchor.End, "chart-value", ChartStyle.Text, Bold: true));
                continue;
            }
            var suppressed = point is { Suppressed: true };
            var markX = noteTowardsEnd ? zeroX : zeroX - GapMarkWidth;
            items.Add(new SceneRect(markX, barTop, GapMarkWidth, BarHeight, suppressed ? "chart-suppressed" : "chart-missing", ChartStyle.Axis, suppressed ? MarkerFill.Hatched : MarkerFill.Hollow, ChartStyle.Axis));
            var note = suppressed ? request.SuppressedLabel : request.MissingLabel;
            items.Add(new SceneText(zeroX + (sign * (GapMarkWidth + 6)), mid, note, noteTowardsEnd ? TextAnchor.Start : TextAnchor.End, suppressed ? "chart-suppressed-label" : "chart-missing-label", ChartStyle.Text));
        }
        items.Add(new SceneLine(zeroX, rowsTop, zeroX, rowsBottom, "chart-zero", ChartStyle.Axis, 2));
        return new ChartScene(ChartStyle.Width, rowsBottom + 36, items);
    }

    /// <summary>As many gridlines as their labels allow side by side, two to six.</summary>
    private static int MaxIntervals(double plotWidth, IReadOnlyList<decimal> values)
    {
        var magnitude = values.Select(Math.Abs).DefaultIfEmpty(1m).Max();
        var digits = magnitude.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Length + 3;
        var labelWidth = (digits * 0.56 * ChartStyle.FontSize) + 16;
        return Math.Clamp((int)(plotWidth / labelWidth), 2, 6);
    }
}
