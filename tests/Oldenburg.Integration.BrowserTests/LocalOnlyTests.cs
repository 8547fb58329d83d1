using Microsoft.Playwright;
using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>
/// A visit leaves no trace with third parties: every request, fonts and styles included, goes to the site itself.
/// Every public page's first visit (the accessibility audit) already asserts it; this walk covers the staff
/// area, including the pages the staff audit skips as repeats of a template.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class LocalOnlyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Browsing_EveryStaffPage_RequestsOnlyTheSite()
    {
        await fixture.EnsureStaffAccountAsync();
        await using var session = await fixture.NewSessionAsync();

        await session.SignInAsync(BrowserFixture.StaffEmail, fixture.StaffPassword);
        foreach (var path in SitePages.AdminEditPages)
        {
            await VisitAsync(session, path, 200);
        }

        Assert.Contains(session.Guard.Requests, url => url.EndsWith(".woff2", StringComparison.Ordinal));
        Assert.Contains(session.Guard.Requests, url => url.Contains(".css", StringComparison.Ordinal));
        session.Guard.AssertNothingLeftTheMachine();
    }

    // Load plus fonts.ready, not NetworkIdle: the idle wait cost half a second per page, and late requests are
    // still caught, since every audit and keyboard test checks the same guard after working on its page.
    private static async Task VisitAsync(BrowserSession session, string path, int status)
    {
        var response = await session.Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal(status, response?.Status);
        await session.Page.EvaluateAsync("() => document.fonts.ready");
    }
}
