using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>On a small phone nothing may push the page sideways: no horizontal scrolling, in either direction.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PhoneLayoutTests(BrowserFixture fixture)
{
    // Lists what sticks out, so a failure names the culprit instead of only the page.
    private const string Overflow = """
        () => {
          const width = window.innerWidth;
          const culprits = Array.from(document.body.querySelectorAll('*'))
            .map(e => ({ e, r: e.getBoundingClientRect() }))
            .filter(x => x.r.width > 0 && (x.r.right > width + 0.5 || x.r.left < -0.5))
            .slice(0, 8)
            .map(x => `${x.e.tagName.toLowerCase()}${x.e.className && typeof x.e.className === 'string' ? '.' + x.e.className.trim().split(/\s+/).join('.') : ''} [${Math.round(x.r.left)}..${Math.round(x.r.right)}]`);
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits };
        }
        """;

    // Every page at 320 px, the width WCAG's reflow criterion names; the common 375 px phone on one page of
    // each kind, since a fluid page that fits 320 px rarely breaks wider and each pass costs CI time.
    [Theory]
    [InlineData(320, 640, "de", false)]
    [InlineData(320, 640, "ar", false)]
    [InlineData(375, 812, "de", true)]
    [InlineData(375, 812, "ar", true)]
    public async Task PublicPages_PhoneViewport_HaveNoHorizontalScrolling(int width, int height, string culture, bool kindsOnly)
    {
        await using var session = await fixture.NewSessionAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var problems = new List<string>();

        foreach (var (path, status) in kindsOnly ? SitePages.Kinds(culture) : SitePages.Public(culture))
        {
            await session.GotoAsync(path, status);
            await session.Page.EvaluateAsync("() => document.fonts.ready");
            var result = await session.Page.EvaluateAsync<OverflowResult>(Overflow);
            if (result.ScrollWidth > result.InnerWidth)
            {
                problems.Add($"{path}: scrollWidth {result.ScrollWidth} > innerWidth {result.InnerWidth}; too wide: " + string.Join(", ", result.Culprits));
            }
        }

        Assert.True(problems.Count == 0, $"Sideways scrolling at {width}x{height}:{Environment.NewLine}" + string.Join(Environment.NewLine, problems));
        session.Guard.AssertNothingLeftTheMachine();
    }

    private sealed class OverflowResult
    {
        public int ScrollWidth { get; set; }

        public int InnerWidth { get; set; }

        public string[] Culprits { get; set; } = [];
    }
}
