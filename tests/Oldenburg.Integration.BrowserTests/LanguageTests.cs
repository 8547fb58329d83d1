using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>
/// The pages a new reader meets first (start, directory, a partner, contact), in every language the site
/// speaks, on a 320 px phone: no axe violation, no sideways scrolling, and every character drawn from the
/// site's own fonts, none from whatever font the phone happens to have. German and Arabic pages are audited
/// page by page elsewhere; here they get the glyph check, the other six languages all three checks.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class LanguageTests(BrowserFixture fixture)
{
    private static readonly string[] AuditedElsewhere = ["de", "ar"];

    // Marks each element that holds text of its own, so the browser can be asked which fonts drew it.
    private const string MarkTextElements = """
        () => {
          let count = 0;
          for (const e of document.body.querySelectorAll('*')) {
            if ([...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim())) {
              e.setAttribute('data-glyph-check', '');
              count++;
            }
          }
          return count;
        }
        """;

    public static TheoryData<string, string> FirstPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in SitePages.AllCultures)
        {
            foreach (var path in new[] { "/", "/partners", $"/partners/{SitePages.PartnerSlug}", "/contact" })
            {
                data.Add(culture, $"/{culture}{path}");
            }
        }

        // Leichte Sprache is German text with a section of its own (ADR 0036).
        data.Add("de", "/de/leichte-sprache");
        return data;
    }

    [Theory]
    [MemberData(nameof(FirstPages))]
    public async Task FirstPage_Language_IsAccessibleFitsAPhoneAndUsesTheSiteFonts(string culture, string path)
    {
        await using var session = await fixture.NewSessionAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        await session.GotoAsync(path);
        await session.Page.EvaluateAsync("() => document.fonts.ready");

        var width = await session.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(width[0] <= width[1], $"{path} scrolls sideways at 320 px: {width[0]} > {width[1]}.");

        var fallbacks = await SystemFontsAsync(session);
        Assert.True(fallbacks.Count == 0, $"On {path} the browser drew text with fonts the site does not ship: {string.Join("; ", fallbacks)}");

        if (!AuditedElsewhere.Contains(culture))
        {
            await AxeAudit.AssertNoViolationsAsync(session.Page);
        }

        session.Guard.AssertNothingLeftTheMachine();
    }

    /// <summary>For each element with text, the fonts Chromium really used (DevTools' "rendered fonts"); any that is not a web font is a fallback.</summary>
    private static async Task<List<string>> SystemFontsAsync(BrowserSession session)
    {
        Assert.True(await session.Page.EvaluateAsync<int>(MarkTextElements) > 0, "The page shows no text.");
        var cdp = await session.Context.NewCDPSessionAsync(session.Page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument", new() { ["depth"] = 0 });
        var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var nodes = await cdp.SendAsync("DOM.querySelectorAll", new() { ["nodeId"] = root, ["selector"] = "[data-glyph-check]" });

        // All questions at once: asked one after the other, the round trips cost two seconds a page.
        var ids = nodes!.Value.GetProperty("nodeIds").EnumerateArray().Select(n => n.GetInt32()).ToList();
        var answers = await Task.WhenAll(ids.Select(id => cdp.SendAsync("CSS.getPlatformFontsForNode", new() { ["nodeId"] = id })));

        var problems = new List<string>();
        for (var i = 0; i < ids.Count; i++)
        {
            foreach (var font in answers[i]!.Value.GetProperty("fonts").EnumerateArray())
            {
                if (!font.GetProperty("isCustomFont").GetBoolean() && font.GetProperty("glyphCount").GetInt32() > 0)
                {
                    problems.Add($"{font.GetProperty("familyName").GetString()} ({font.GetProperty("glyphCount").GetInt32()} glyphs) in {await DescribeAsync(cdp, ids[i])}");
                }
            }
        }

        return problems;
    }

    private static async Task<string> DescribeAsync(Microsoft.Playwright.ICDPSession cdp, int node)
    {
        var html = await cdp.SendAsync("DOM.getOuterHTML", new() { ["nodeId"] = node });
        var text = html?.GetProperty("outerHTML").GetString() ?? "";
        return text.Length > 160 ? text[..160] + "…" : text;
    }
}
