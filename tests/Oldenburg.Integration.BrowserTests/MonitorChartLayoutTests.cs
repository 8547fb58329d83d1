using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>A monitor chart fits the page on a small phone and on a desktop, left to right and right to left, with its labels drawn.</summary>
[Collection(BrowserSuite.Name)]
public sealed class MonitorChartLayoutTests(BrowserFixture fixture)
{
    // The chart's box, the smallest font size inside it as drawn (its size in viewBox units times the scale of
    // the box), and whether the page scrolls sideways.
    private const string Measure = """
        () => {
          const svg = document.querySelector('main svg.chart');
          if (!svg) return null;
          const box = svg.getBoundingClientRect();
          const scale = box.width / svg.viewBox.baseVal.width;
          const sizes = [...svg.querySelectorAll('text')].filter(t => t.getBoundingClientRect().height > 0)
            .map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
          return { left: box.left, right: box.right, width: box.width, height: box.height, texts: sizes.length,
                   smallestText: sizes.length ? Math.min(...sizes) : 0,
                   innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth };
        }
        """;

    [Theory]
    [InlineData("/de/monitor/anteil-migrationshintergrund", 320)]
    [InlineData("/ar/monitor/anteil-migrationshintergrund", 320)]
    [InlineData("/de/monitor/anteil-migrationshintergrund/districts?year=2021", 320)]
    [InlineData("/ar/monitor/anteil-migrationshintergrund/districts?year=2021", 320)]
    [InlineData("/de/monitor/anteil-migrationshintergrund", 1280)]
    [InlineData("/ar/monitor/anteil-migrationshintergrund/districts?year=2021", 1280)]
    public async Task Chart_Viewport_FitsThePageWithLabels(string path, int width)
    {
        await using var session = await fixture.NewSessionAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await session.GotoAsync(path);
        await session.Page.EvaluateAsync("() => document.fonts.ready");

        var m = await session.Page.EvaluateAsync<Measurement?>(Measure);

        Assert.NotNull(m);
        Assert.True(m.Width > 0 && m.Height > 0, $"The chart on {path} is not drawn.");
        Assert.True(m.Left >= 0 && m.Right <= m.InnerWidth, $"The chart on {path} sticks out at {width} px: {m.Left}..{m.Right} of {m.InnerWidth}.");
        Assert.True(m.ScrollWidth <= m.InnerWidth, $"{path} scrolls sideways at {width} px: {m.ScrollWidth} > {m.InnerWidth}.");
        Assert.True(m.Texts > 0, $"The chart on {path} has no visible labels.");
        // 12 px is the floor ADR 0034 sets for chart text; smaller labels are hard to read on a phone.
        Assert.True(m.SmallestText >= 11.9, $"The chart labels on {path} are drawn at {m.SmallestText:0.0} px at {width} px, below 12 px.");
        session.Guard.AssertNothingLeftTheMachine();
    }

    private sealed class Measurement
    {
        public double Left { get; set; }

        public double Right { get; set; }

        public double Width { get; set; }

        public double Height { get; set; }

        public int Texts { get; set; }

        public double SmallestText { get; set; }

        public int InnerWidth { get; set; }

        public int ScrollWidth { get; set; }
    }
}
