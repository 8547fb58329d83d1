using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>Keyboard users get a skip link first and always see where the focus is.</summary>
[Collection(BrowserSuite.Name)]
public sealed class KeyboardTests(BrowserFixture fixture)
{
    private const string FocusedElement = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          return {
            description: `${e.tagName.toLowerCase()} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
            tag: e.tagName.toLowerCase(),
            text: (e.textContent || '').trim(),
            href: e.getAttribute('href'),
            outlineStyle: s.outlineStyle,
            outlineWidth: parseFloat(s.outlineWidth) || 0,
            boxShadow: s.boxShadow,
            inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth,
          };
        }
        """;

    // One page load for both checks: the skip link is the first Tab stop, and the walk goes on from there.
    [Theory]
    [MemberData(nameof(SitePages.PageKinds), MemberType = typeof(SitePages))]
    public async Task Tab_ThroughPage_SkipLinkComesFirstAndEveryFocusedElementHasVisibleOutline(string path, int status)
    {
        await using var session = await fixture.NewSessionAsync();
        await session.GotoAsync(path, status);

        // Styles are read as each element receives focus, so Tab can be pressed without a round trip per element.
        var tabbable = await session.Page.EvaluateAsync<int>(RecordFocus);
        await session.Page.Keyboard.PressAsync("Tab");
        var skipLink = await FocusedAsync(session);
        Assert.NotNull(skipLink);
        Assert.Equal("a", skipLink.Tag);
        var mainId = await session.Page.Locator("main").GetAttributeAsync("id");
        Assert.Equal("#" + mainId, skipLink.Href);
        if (path.StartsWith("/de/", StringComparison.Ordinal))
        {
            Assert.Equal("Zum Inhalt springen", skipLink.Text);
        }

        Assert.True(skipLink.InViewport, "The focused skip link stays off-screen.");

        for (var i = 1; i < tabbable; i++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
        }

        var focused = await session.Page.EvaluateAsync<Focused[]>("() => window.focusLog");
        var seen = focused.Length;
        var invisible = focused
            .Where(f => (f.OutlineStyle == "none" || f.OutlineWidth <= 0) && f.BoxShadow == "none")
            .Select(f => f.Description)
            .ToList();

        Assert.True(seen > 3, $"Only {seen} elements on {path} could be reached with Tab.");
        Assert.True(invisible.Count == 0, $"Focused without a visible outline on {path}: " + string.Join(", ", invisible));

        // The skip link, focused again as the first Tab focused it, leads into the main content.
        await session.Page.Locator($"a[href='#{mainId}']").First.FocusAsync();
        await session.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("MAIN", await session.Page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        session.Guard.AssertNothingLeftTheMachine();
    }

    private const string RecordFocus = """
        () => {
          window.focusLog = [];
          document.addEventListener('focusin', event => {
            const e = event.target;
            const s = getComputedStyle(e);
            window.focusLog.push({
              description: `${e.tagName.toLowerCase()} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
              tag: e.tagName.toLowerCase(),
              text: '',
              outlineStyle: s.outlineStyle,
              outlineWidth: parseFloat(s.outlineWidth) || 0,
              boxShadow: s.boxShadow,
              inViewport: true,
            });
          });
          return document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])').length;
        }
        """;

    private static async Task<Focused?> FocusedAsync(BrowserSession session) =>
        await session.Page.EvaluateAsync<Focused?>(FocusedElement);

    private sealed class Focused
    {
        public string Description { get; set; } = "";

        public string Tag { get; set; } = "";

        public string Text { get; set; } = "";

        public string? Href { get; set; }

        public string OutlineStyle { get; set; } = "";

        public double OutlineWidth { get; set; }

        public string BoxShadow { get; set; } = "";

        public bool InViewport { get; set; }
    }
}
