using System.Globalization;
using Oldenburg.Integration.Web.Features.Monitor.Charts;
using static Oldenburg.Integration.Tests.Unit.Charts.ChartSvg;

namespace Oldenburg.Integration.Tests.Unit.Charts;

public class LineChartTests
{
    [Fact]
    public void Render_Line_IsAnImageLabelledByItsTitleAndDescWithViewBoxAndNoFixedWidth()
    {
        var svg = Render(Request(ChartKind.Line, Series("Quote", 10m, 12m)));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("c1-title c1-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal(Svg + "title", svg.Elements().First().Name);
        Assert.Equal("Arbeitslosenquote", svg.Element(Svg + "title")!.Value);
        Assert.Equal("c1-title", (string?)svg.Element(Svg + "title")!.Attribute("id"));
        Assert.Equal("c1-desc", (string?)svg.Element(Svg + "desc")!.Attribute("id"));
        Assert.StartsWith("0 0 480 ", (string?)svg.Attribute("viewBox"));
        Assert.Null(svg.Attribute("width"));
        Assert.Null(svg.Attribute("height"));
        var ids = svg.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).Where(i => i is not null).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("c1-", id));
    }

    [Fact]
    public void Render_MissingValue_BreaksThePathInsteadOfDrawingZero()
    {
        var gap = Render(Request(ChartKind.Line, Series("Quote", 10m, null, 30m, 40m)));
        var zero = Render(Request(ChartKind.Line, Series("Quote", 10m, 0m, 30m, 40m)));

        Assert.Equal(2, gap.WithClass("chart-line").Single().Segments());
        Assert.Equal(3, gap.WithClass("chart-point").Count());
        var missing = Assert.Single(gap.WithClass("chart-missing"));
        var points = gap.WithClass("chart-point").Select(p => p.Centre()).ToList();
        Assert.InRange(missing.Centre().X, points[0].X, points[1].X);
        Assert.Contains("keine Angabe", gap.Texts("chart-key"));

        Assert.Equal(1, zero.WithClass("chart-line").Single().Segments());
        Assert.Equal(4, zero.WithClass("chart-point").Count());
        Assert.Empty(zero.WithClass("chart-missing"));
    }

    [Fact]
    public void Render_SuppressedValue_IsHatchedLabelledAndItsValueNotDrawn()
    {
        var series = new ChartSeries("Quote", [new("2020", 10m), new("2021", 3m, Suppressed: true), new("2022", 12m)]);

        var svg = Render(Request(ChartKind.Line, series));

        Assert.Equal(2, svg.WithClass("chart-line").Single().Segments());
        Assert.Equal(2, svg.WithClass("chart-point").Count());
        var marker = Assert.Single(svg.WithClass("chart-suppressed"));
        Assert.Equal("url(#c1-hatch)", (string?)marker.Attribute("fill"));
        Assert.Single(svg.Descendants(Svg + "pattern"), p => (string?)p.Attribute("id") == "c1-hatch");
        Assert.Contains("geschützt", svg.Texts("chart-key"));
        Assert.DoesNotContain("3,0", svg.Texts("chart-value").Concat(svg.Texts("chart-tick")));
    }

    [Fact]
    public void Render_NegativeValues_DrawsAZeroLineBetweenPointsAboveAndBelow()
    {
        var svg = Render(Request(ChartKind.Line, Series("Saldo", -4m, 6m)));

        var zero = Assert.Single(svg.WithClass("chart-zero"));
        var points = svg.WithClass("chart-point").Select(p => p.Centre()).ToList();
        Assert.True(points[0].Y > zero.Num("y1"), "negative point below zero");
        Assert.True(points[1].Y < zero.Num("y1"), "positive point above zero");
        Assert.Contains("0", svg.Texts("chart-tick"));
        Assert.Contains("-4", svg.Texts("chart-tick"));
    }

    [Fact]
    public void Render_SingleDataPoint_DrawsOneLabelledMarkerOnAnAxisFromZero()
    {
        var svg = Render(Request(ChartKind.Line, Series("Quote", 5m)));

        Assert.Single(svg.WithClass("chart-point"));
        Assert.Equal(["5,0\u00A0%"], svg.Texts("chart-value"));
        Assert.Equal(["0", "1", "2", "3", "4", "5"], svg.Texts("chart-tick"));
        Assert.Equal(["2018"], svg.Texts("chart-category"));
    }

    [Fact]
    public void Render_AllEqualValues_DrawsAFlatLineAboveTheZeroLine()
    {
        var svg = Render(Request(ChartKind.Line, Series("Quote", 4m, 4m, 4m)));

        var ys = svg.WithClass("chart-point").Select(p => p.Centre().Y).Distinct().ToList();
        var y = Assert.Single(ys);
        Assert.True(y < Assert.Single(svg.WithClass("chart-zero")).Num("y1"));
        Assert.Equal(1, svg.WithClass("chart-line").Single().Segments());
    }

    [Fact]
    public void Render_AllMissing_DrawsNoLineAndSaysSo()
    {
        var svg = Render(Request(ChartKind.Line, Series("Quote", null, null, null)));

        Assert.Empty(svg.WithClass("chart-line"));
        Assert.Empty(svg.WithClass("chart-point"));
        Assert.Equal(3, svg.WithClass("chart-missing").Count());
        Assert.Equal(["keine Angabe"], svg.Texts("chart-empty"));
    }

    [Fact]
    public void Render_RightToLeft_PutsTheFirstCategoryOnTheRightAndTheValueAxisRight()
    {
        var request = Request(ChartKind.Line, Series("Quote", 10m, 20m, 30m));
        var ltr = Render(request);
        var rtl = Render(request with { RightToLeft = true, Culture = CultureInfo.GetCultureInfo("ar") });

        var ltrCats = ltr.WithClass("chart-category").Select(t => t.Num("x")).ToList();
        var rtlCats = rtl.WithClass("chart-category").Select(t => t.Num("x")).ToList();
        Assert.True(ltrCats[0] < ltrCats[^1]);
        Assert.True(rtlCats[0] > rtlCats[^1]);
        Assert.All(rtl.WithClass("chart-tick"), t => Assert.True(t.Num("x") > rtlCats[0]));
        Assert.All(ltr.WithClass("chart-tick"), t => Assert.True(t.Num("x") < ltrCats[0]));
        Assert.Equal("rtl", (string?)rtl.Attribute("direction"));
        Assert.Equal("ltr", (string?)ltr.Attribute("direction"));
    }

    [Fact]
    public void Render_Comparison_DistinguishesTheSeriesByDashMarkerAndDirectLabel()
    {
        var svg = Render(Request(ChartKind.Comparison, Series("mit Migrationshintergrund", 16.2m, 17m), Series("ohne", 8m, 7.5m)));

        var lines = svg.WithClass("chart-line").ToList();
        Assert.Equal(2, lines.Count);
        Assert.NotEqual((string?)lines[0].Attribute("stroke-dasharray"), (string?)lines[1].Attribute("stroke-dasharray"));
        var shapes = svg.WithClass("chart-point").Select(p => ((string)p.Attribute("d")!).Contains('a')).Distinct().Count();
        Assert.Equal(2, shapes);
        Assert.Equal(["mit Migrationshintergrund", "ohne"], svg.Texts("chart-key"));
        Assert.Equal(["17,0\u00A0%", "7,5\u00A0%"], svg.Texts("chart-value"));
    }

    [Fact]
    public void Render_ComparisonWithOneSeries_IsRejected() =>
        Assert.Throws<ArgumentException>(() => SvgChart.Render(Request(ChartKind.Comparison, Series("mit", 1m))));

    [Fact]
    public void Render_TwentyYears_LabelsOnlyAsManyYearsAsFitSideBySide()
    {
        var svg = Render(Request(ChartKind.Line, Series("Quote", [.. Enumerable.Range(0, 20).Select(i => (decimal?)i)])));

        var xs = svg.WithClass("chart-category").Select(t => t.Num("x")).ToList();
        Assert.InRange(xs.Count, 2, 19);
        Assert.Equal("2018", svg.Texts("chart-category")[0]);
        Assert.All(xs.Zip(xs.Skip(1)), pair => Assert.True(pair.Second - pair.First >= ChartText.Width("2018", ChartStyle.FontSize)));
    }

    [Fact]
    public void Render_AnyChart_KeepsTextAtTwelvePixelsWhenShownAt320Pixels()
    {
        var svg = Render(Request(ChartKind.Line, Series("Quote", 1m, 2m)));

        var width = double.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);
        Assert.True(svg.Num("font-size") * 320 / width >= 12);
        Assert.All(svg.Descendants(Svg + "text"), t => Assert.Null(t.Attribute("font-size")));
    }
}
