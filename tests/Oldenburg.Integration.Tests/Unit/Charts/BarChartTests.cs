using System.Globalization;
using System.Xml.Linq;
using Oldenburg.Integration.Web.Features.Monitor.Charts;
using static Oldenburg.Integration.Tests.Unit.Charts.ChartSvg;

namespace Oldenburg.Integration.Tests.Unit.Charts;

public class BarChartTests
{
    private static ChartSeries Districts(params ChartPoint[] points) => new("Anteil", points);

    [Fact]
    public void Render_NegativeAndPositiveBars_GrowFromTheZeroLineInOppositeDirections()
    {
        var svg = Render(Request(ChartKind.Bar, Districts(new("Eversten", -5m), new("Ohmstede", 10m))));

        var zero = Assert.Single(svg.WithClass("chart-zero")).Num("x1");
        var bars = svg.WithClass("chart-bar").ToList();
        Assert.Equal(zero, bars[0].Num("x") + bars[0].Num("width"), 1);
        Assert.True(bars[0].Num("x") < zero);
        Assert.Equal(zero, bars[1].Num("x"), 1);
        Assert.True(bars[1].Num("width") > bars[0].Num("width"));
        Assert.Equal(["-5,0\u00A0%", "10,0\u00A0%"], svg.Texts("chart-value"));
    }

    [Fact]
    public void Render_MissingAndSuppressedBars_DrawNoBarButLabelledMarks()
    {
        var svg = Render(Request(ChartKind.Bar, Districts(new("Eversten", 4m), new("Ohmstede", null), new("Haarentor", 2m, Suppressed: true))));

        Assert.Single(svg.WithClass("chart-bar"));
        Assert.Equal(["keine Angabe"], svg.Texts("chart-missing-label"));
        Assert.Equal(["geschützt"], svg.Texts("chart-suppressed-label"));
        Assert.Equal("url(#c1-hatch)", (string?)Assert.Single(svg.WithClass("chart-suppressed")).Attribute("fill"));
        Assert.Equal(["4,0\u00A0%"], svg.Texts("chart-value"));
        Assert.Equal(["Eversten", "Ohmstede", "Haarentor"], svg.Texts("chart-category"));
    }

    [Fact]
    public void Render_AllBarsMissing_DrawsNoBarAndLabelsEveryRow()
    {
        var svg = Render(Request(ChartKind.Bar, Districts(new("Eversten", null), new("Ohmstede", null))));

        Assert.Empty(svg.WithClass("chart-bar"));
        Assert.Equal(["keine Angabe", "keine Angabe"], svg.Texts("chart-missing-label"));
    }

    [Fact]
    public void Render_RightToLeftBars_GrowLeftwardsFromZeroOnTheRight()
    {
        var request = Request(ChartKind.Bar, Districts(new("Eversten", 5m), new("Ohmstede", 10m))) with { RightToLeft = true };

        var svg = Render(request);

        var zero = Assert.Single(svg.WithClass("chart-zero")).Num("x1");
        Assert.All(svg.WithClass("chart-bar"), bar => Assert.Equal(zero, bar.Num("x") + bar.Num("width"), 1));
        Assert.True(zero > 240);
    }

    [Theory]
    [InlineData("de", "16,2\u00A0%")]
    [InlineData("en", "16.2%")]
    [InlineData("ar", "16\u066B2")]
    public void Render_Culture_FormatsValuesTheCultureWay(string culture, string expected)
    {
        var request = Request(ChartKind.Bar, Districts(new ChartPoint("Eversten", 16.2m))) with { Culture = CultureInfo.GetCultureInfo(culture) };

        var label = Assert.Single(Render(request).Texts("chart-value"));

        Assert.StartsWith(expected, label);
    }

    [Fact]
    public void Render_HostileText_IsEscapedAndReadsBackUnchanged()
    {
        const string hostile = "</svg><script>alert('x')</script> & \"Anführung\"";
        var request = new ChartRequest(ChartKind.Bar, hostile, hostile, [Districts(new ChartPoint(hostile, 1m))], "<b>", 0,
            CultureInfo.GetCultureInfo("de"), false, "a\"><script>", hostile, hostile);

        var markup = SvgChart.Render(request);
        var svg = XElement.Parse(markup);

        Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "b");
        Assert.Equal(hostile, svg.Element(Svg + "title")!.Value);
        Assert.Equal(hostile, svg.Element(Svg + "desc")!.Value);
        Assert.Equal([hostile], svg.Texts("chart-category"));
        Assert.Equal(["<b>"], svg.Texts("chart-unit"));
        Assert.All(svg.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>(), id => Assert.Matches("^[A-Za-z][A-Za-z0-9_-]*$", id));
    }

    [Fact]
    public void Render_BarWithTwoSeries_IsRejected() =>
        Assert.Throws<ArgumentException>(() => SvgChart.Render(Request(ChartKind.Bar, Series("a", 1m), Series("b", 2m))));
}
