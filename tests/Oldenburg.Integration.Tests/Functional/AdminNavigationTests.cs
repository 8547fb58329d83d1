using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public class AdminNavigationTests(SiteFactory site)
{
    [Fact]
    public async Task Navigation_SignedIn_LinksPartnersAndLists()
    {
        var browser = await site.EditorAsync();

        var page = await browser.GetPageAsync("/admin");

        var links = page.Document.QuerySelectorAll("nav.site-nav a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("Partner", "/admin/partners"), links);
        Assert.Contains(("Listen", "/admin/lookups"), links);
    }
}
