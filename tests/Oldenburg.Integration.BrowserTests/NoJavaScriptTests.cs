using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>The site is plain links and forms: a browser without JavaScript gets everywhere.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class NoJavaScriptTests(BrowserFixture fixture)
{
    [Fact]
    public async Task OfferDetail_JavaScriptDisabled_ReachableFromStartPageByLinks()
    {
        await using var session = await fixture.NewSessionAsync(new() { JavaScriptEnabled = false });
        await session.GotoAsync("/de/");

        await session.Page.Locator("a[href='/de/offers']").First.ClickAsync();
        await session.Page.WaitForURLAsync(OffersList());
        await session.Page.Locator($"a[href='/de/offers/{SitePages.OfferSlug}']").First.ClickAsync();
        await session.Page.WaitForURLAsync(new Regex($"/de/offers/{SitePages.OfferSlug}$"));

        await Assertions.Expect(session.Page.Locator("main h1")).ToBeVisibleAsync();
        session.Guard.AssertNothingLeftTheMachine();
    }

    [Fact]
    public async Task LanguageSwitcher_JavaScriptDisabled_SwitchesToArabicOnSamePage()
    {
        await using var session = await fixture.NewSessionAsync(new() { JavaScriptEnabled = false });
        await session.GotoAsync($"/de/offers/{SitePages.OfferSlug}");

        await session.Page.Locator("body a[hreflang='ar']").First.ClickAsync();
        await session.Page.WaitForURLAsync(new Regex($"/ar/offers/{SitePages.OfferSlug}$"));

        Assert.Equal("ar", await session.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("rtl", await session.Page.Locator("html").GetAttributeAsync("dir"));
        await session.Page.Locator("body a[hreflang='de']").First.ClickAsync();
        await session.Page.WaitForURLAsync(new Regex($"/de/offers/{SitePages.OfferSlug}$"));
        Assert.Equal("de", await session.Page.Locator("html").GetAttributeAsync("lang"));
        session.Guard.AssertNothingLeftTheMachine();
    }

    [GeneratedRegex("/de/offers$")]
    private static partial Regex OffersList();
}
