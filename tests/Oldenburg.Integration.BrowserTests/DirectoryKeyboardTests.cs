using Microsoft.Playwright;
using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>
/// A resident on a phone, with only a keyboard (or switch device), searches the directory and
/// narrows it with a filter: everything is reachable with Tab, Enter and Space. (The site has no
/// script to rely on anyway; axe needs JavaScript, so this test keeps it on.)
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class DirectoryKeyboardTests(BrowserFixture fixture)
{
    private const int MaxTabs = 80;

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task SearchAndFilter_KeyboardOnlyOnPhone_ShowsFilteredShareableResults(string culture)
    {
        await using var session = await fixture.NewSessionAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
        });
        await session.GotoAsync($"/{culture}/partners");
        var keyboard = session.Page.Keyboard;

        // The directory's own field, not the site search in the header, which comes first.
        await TabUntilAsync(session.Page, "e => e.id === 'partner-q'");
        await keyboard.TypeAsync("beratung");
        await TabUntilAsync(session.Page, "e => e.tagName === 'SUMMARY' && e.closest('details').querySelector('input[name=topic]')");
        if (!await session.Page.EvaluateAsync<bool>("() => document.activeElement.parentElement.open"))
        {
            await keyboard.PressAsync("Enter");
        }

        await TabUntilAsync(session.Page, "e => e.name === 'topic'");
        await keyboard.PressAsync("Space");
        var topic = await session.Page.EvaluateAsync<string>("() => document.activeElement.value");
        await TabUntilAsync(session.Page, "e => e.type === 'submit' && e.form && e.form.querySelector('#partner-q')");
        await keyboard.PressAsync("Enter");
        await session.Page.WaitForURLAsync(url => url.Contains("q=beratung", StringComparison.Ordinal));

        var url = new Uri(session.Page.Url);
        Assert.Equal($"/{culture}/partners", url.AbsolutePath);
        Assert.Contains($"topic={topic}", url.Query, StringComparison.Ordinal);
        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The result page scrolls sideways on a phone.");
        await AxeAudit.AssertNoViolationsAsync(session.Page);
        session.Guard.AssertNothingLeftTheMachine();
    }

    /// <summary>Presses Tab until the focused element matches; fails if it never does.</summary>
    private static async Task TabUntilAsync(IPage page, string predicate)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => {{ const e = document.activeElement; return !!e && !!({predicate})(e); }}"))
            {
                return;
            }
        }

        Assert.Fail($"No element matching {predicate} was reached with {MaxTabs} presses of Tab on {page.Url}.");
    }
}
