using System.Xml;

namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>Marker shapes and fills: solid for a value, hollow and dashed for a missing one, hatched for a suppressed one.</summary>
public static class SvgMarks
{
    private const double MarkerRadius = 5.5;

    public static void WriteFill(XmlWriter xml, MarkerFill fill, string colour, string? stroke, string hatch)
    {
        SvgWriter.Attr(xml, "fill", fill switch { MarkerFill.Solid => colour, MarkerFill.Hollow => "#ffffff", _ => $"url(#{hatch})" });
        if (stroke is not null || fill != MarkerFill.Solid)
        {
            SvgWriter.Attr(xml, "stroke", stroke ?? colour);
            SvgWriter.Attr(xml, "stroke-width", "2");
        }
        if (fill == MarkerFill.Hollow)
        {
            SvgWriter.Attr(xml, "stroke-dasharray", "3 2");
        }
    }

    public static string Path(MarkerShape shape, double x, double y)
    {
        const double r = MarkerRadius;
        return shape switch
        {
            MarkerShape.Square => $"M{N(x - r)} {N(y - r)}h{N(2 * r)}v{N(2 * r)}h{N(-2 * r)}Z",
            MarkerShape.Triangle => $"M{N(x)} {N(y - (r * 1.25))}L{N(x + (r * 1.2))} {N(y + r)}L{N(x - (r * 1.2))} {N(y + r)}Z",
            MarkerShape.Diamond => $"M{N(x)} {N(y - (r * 1.35))}L{N(x + (r * 1.35))} {N(y)}L{N(x)} {N(y + (r * 1.35))}L{N(x - (r * 1.35))} {N(y)}Z",
            _ => $"M{N(x - r)} {N(y)}a{N(r)} {N(r)} 0 1 0 {N(2 * r)} 0a{N(r)} {N(r)} 0 1 0 {N(-2 * r)} 0Z",
        };
    }

    private static string N(double value) => SvgWriter.N(value);
}
