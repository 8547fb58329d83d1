using System.Globalization;
using System.Xml.Linq;
using Oldenburg.Integration.Web.Features.Monitor.Charts;

namespace Oldenburg.Integration.Tests.Unit.Charts;

/// <summary>Builds chart requests and reads the rendered svg back as XML, so tests assert structure, not strings.</summary>
internal static class ChartSvg
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static ChartSeries Series(string name, params decimal?[] values) =>
        new(name, [.. values.Select((v, i) => new ChartPoint((2018 + i).ToString(CultureInfo.InvariantCulture), v))]);

    public static ChartRequest Request(ChartKind kind, params ChartSeries[] series) =>
        new(kind, "Arbeitslosenquote", "Die Tabelle unter dem Diagramm enthält alle Werte.", series, "%", 1,
            CultureInfo.GetCultureInfo("de"), false, "c1", "keine Angabe", "geschützt");

    public static XElement Render(ChartRequest request) => XElement.Parse(SvgChart.Render(request));

    public static IEnumerable<XElement> WithClass(this XElement svg, string cls) =>
        svg.Descendants().Where(e => (string?)e.Attribute("class") == cls);

    public static double Num(this XElement e, string attribute) =>
        double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The centre of a marker path, read from its bounding coordinates.</summary>
    public static (double X, double Y) Centre(this XElement marker)
    {
        var d = (string)marker.Attribute("d")!;
        var start = d[1..].Split(['h', 'a', 'L'])[0].Split(' ');
        var x = double.Parse(start[0], CultureInfo.InvariantCulture);
        var y = double.Parse(start[1], CultureInfo.InvariantCulture);
        return d.Contains('h') ? (x + 5.5, y + 5.5) : d.Contains('a') ? (x + 5.5, y) : (x, y);
    }

    public static int Segments(this XElement path) => ((string)path.Attribute("d")!).Count(c => c == 'M');

    public static IReadOnlyList<string> Texts(this XElement svg, string cls) => [.. svg.WithClass(cls).Select(t => t.Value)];
}
