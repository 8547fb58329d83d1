namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>
/// The key above the plot: each series with its dash and marker, then what a hollow and a hatched marker mean.
/// Entries stack one per line so long group names wrap instead of overflowing at 320 px.
/// </summary>
public static class ChartKey
{
    private const double SampleWidth = 40;
    private const double TextX = 50;

    public static double Add(List<SceneItem> items, double top, IEnumerable<KeyEntry> entries)
    {
        var y = top;
        foreach (var entry in entries)
        {
            var mid = y + (ChartStyle.LineHeight / 2);
            if (entry.Line)
            {
                items.Add(new ScenePath([[new(0, mid), new(SampleWidth, mid)]], "chart-key-line", entry.Colour, 3, entry.Dash));
            }
            items.Add(new SceneMarker(SampleWidth / 2, mid, entry.Shape, "chart-key-marker", entry.Colour, entry.Fill));
            var lines = ChartText.Wrap(entry.Label, ChartStyle.FontSize, ChartStyle.Width - TextX);
            foreach (var line in lines)
            {
                items.Add(new SceneText(TextX, y + 18, line, TextAnchor.Start, "chart-key", ChartStyle.Text));
                y += ChartStyle.LineHeight;
            }
            y += 4;
        }
        return y;
    }

    public static IEnumerable<KeyEntry> GapEntries(ChartData data, ChartRequest request)
    {
        if (data.HasMissing)
        {
            yield return new KeyEntry(request.MissingLabel, ChartStyle.Axis, null, MarkerShape.Circle, MarkerFill.Hollow, Line: false);
        }
        if (data.HasSuppressed)
        {
            yield return new KeyEntry(request.SuppressedLabel, ChartStyle.Axis, null, MarkerShape.Square, MarkerFill.Hatched, Line: false);
        }
    }
}

public sealed record KeyEntry(string Label, string Colour, string? Dash, MarkerShape Shape, MarkerFill Fill, bool Line);
