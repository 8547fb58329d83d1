using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public class AdminPartnerRoutesTests(SiteFactory site)
{
    public static TheoryData<string> GetRoutes =>
    [
        "/admin/partners", "/admin/partners/create", "/admin/partners/edit/1", "/admin/partners/logo/1", "/admin/partners/stale",
        "/admin/partners/import", "/admin/partners/export.csv", "/admin/lookups", "/admin/lookups/topics",
        "/admin/lookups/types/create", "/admin/lookups/districts/edit/1",
    ];

    public static TheoryData<string> PostRoutes =>
    [
        "/admin/partners/create", "/admin/partners/edit/1", "/admin/partners/publish/1", "/admin/partners/unpublish/1",
        "/admin/partners/delete/1", "/admin/partners/checked/1", "/admin/partners/import", "/admin/partners/import/commit",
        "/admin/lookups/topics/create", "/admin/lookups/topics/edit/1", "/admin/lookups/languages/delete/1",
    ];

    [Theory]
    [MemberData(nameof(GetRoutes))]
    public async Task Get_Anonymous_RedirectsToLogin(string url)
    {
        var response = await site.CreateBrowser().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Staff.LoginPath, Staff.PathOf(response.Headers.Location!));
    }

    [Theory]
    [MemberData(nameof(PostRoutes))]
    public async Task Post_Anonymous_RedirectsToLogin(string url)
    {
        var response = await site.CreateBrowser().PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Staff.LoginPath, Staff.PathOf(response.Headers.Location!));
    }

    [Theory]
    [MemberData(nameof(PostRoutes))]
    public async Task Post_SignedInWithoutAntiforgeryToken_Returns400(string url)
    {
        var browser = await site.EditorAsync();

        var response = await browser.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([new("Name", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

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
