namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>The unit, written once above the value axis instead of after every tick.</summary>
public static class AxisTitle
{
    public static double Add(List<SceneItem> items, string unit, double y)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return y;
        }
        items.Add(new SceneText(0, y + 18, unit, TextAnchor.Start, "chart-unit", ChartStyle.Text));
        return y + ChartStyle.LineHeight;
    }
}
