using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Caching;

/// <summary>What the output cache serves, and to whom it never serves it.</summary>
[Collection(CachingSite.Name)]
public class OutputCacheTests(CachingSite site)
{
    [Fact]
    public async Task OfferPage_SecondGet_IsServedFromCacheInEachCultureSeparately()
    {
        var offer = await site.InsertAsync(new OfferBuilder()
            .WithTranslation("de", "Deutsch vorher").WithTranslation("en", "English before").WithTranslation("ar", "عربي قبل").Build());
        var client = site.CreateClient();
        var before = new Dictionary<string, string>();
        foreach (var culture in new[] { "de", "en", "ar" })
        {
            before[culture] = await TitleAsync(client, $"/{culture}/offers/{offer.Slug}") ?? "";
        }

        foreach (var culture in new[] { "de", "en", "ar" })
        {
            await site.RetitleOfferBehindTheBackAsync(offer.Id, culture, "Geändert " + culture);
        }

        Assert.Equal(("Deutsch vorher", "English before", "عربي قبل"), (before["de"], before["en"], before["ar"]));
        Assert.Equal("Deutsch vorher", await TitleAsync(client, $"/de/offers/{offer.Slug}"));
        Assert.Equal("English before", await TitleAsync(client, $"/en/offers/{offer.Slug}"));
        Assert.Equal("عربي قبل", await TitleAsync(client, $"/ar/offers/{offer.Slug}"));
        var arabic = await client.GetPageAsync($"/ar/offers/{offer.Slug}");
        Assert.Equal(("ar", "rtl"), (arabic.Document.DocumentElement.GetAttribute("lang"), arabic.Document.DocumentElement.GetAttribute("dir")));
    }

    [Fact]
    public async Task ContactPage_SecondGet_IsServedFromCacheAndLinksToTheMessageForm()
    {
        var client = site.CreateClient();
        var first = await client.GetPageAsync("/en/contact");
        await site.BehindTheBackAsync(db => db.OfficeProfiles.ExecuteUpdateAsync(s => s.SetProperty(o => o.Fax, "0441 999-0000")));
        var second = await client.GetPageAsync("/en/contact");
        await site.EvictPublicCachesAsync();
        var fresh = await client.GetPageAsync("/en/contact");

        Assert.Empty(first.Document.QuerySelectorAll("main form"));
        Assert.Equal("/en/contact/message", first.Document.QuerySelector("main a.kern-btn")?.GetAttribute("href"));
        Assert.DoesNotContain("0441 999-0000", second.Text, StringComparison.Ordinal);
        Assert.Contains("0441 999-0000", fresh.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftPage_NotFound_IsNotCachedSoPublishingShowsIt()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Noch Entwurf").Draft().Build());
        var client = site.CreateClient();
        var path = new Uri($"/de/offers/{offer.Slug}", UriKind.Relative);

        var draft = await client.GetAsync(path);
        await site.BehindTheBackAsync(db => db.Offers.Where(o => o.Id == offer.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.State, PublishState.Published)));
        var published = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    [Fact]
    public async Task Preview_StaffPreviewedDraft_VisitorsAndStaffOnThePublicPathGetNotFound()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Geheimer Entwurf").Draft().Build());
        using var staff = await site.SignedInBrowserAsync();
        var preview = await staff.GetPageAsync($"/admin/offers/preview/{offer.Id}");

        var staffPublic = await staff.GetAsync(new Uri($"/de/offers/{offer.Slug}", UriKind.Relative));
        var visitor = await site.CreateClient().GetAsync(new Uri($"/de/offers/{offer.Slug}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("Geheimer Entwurf", preview.Text, StringComparison.Ordinal);
        Assert.Null(preview.Response.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotFound, staffPublic.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, visitor.StatusCode);
    }

    [Fact]
    public async Task RequestWithCredentials_IsNeitherServedFromNorStoredInCache()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Erster Stand").Build());
        var path = $"/de/offers/{offer.Slug}";
        var client = site.CreateClient();
        await TitleAsync(client, path);
        await site.RetitleOfferBehindTheBackAsync(offer.Id, "de", "Zweiter Stand");

        using var withCredentials = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        withCredentials.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "staff");
        var credentialed = await Html.ParseAsync(await client.SendAsync(withCredentials));

        Assert.Equal("Zweiter Stand", credentialed.QuerySelector("main h1")?.NormalizedText());
        Assert.Equal("Erster Stand", await TitleAsync(client, path));
    }

    [Fact]
    public async Task Directory_KnownFilterKeysAreCachedPerQuery_UnknownKeysAreNotCached()
    {
        var partner = await new PartnerBuilder().WithName("Filterbar Alt").InsertAsync(site);
        var client = site.CreateClient();
        var known = $"/de/partners?q={Uri.EscapeDataString("Filterbar")}";
        var other = $"/de/partners?q={Uri.EscapeDataString("Filterbar Alt")}";
        var unknown = $"/de/partners?q=Filterbar&utm_source=mail";

        // A query variant is stored from its second request on (QueryVariantAdmission).
        await client.GetPageAsync(known);
        await client.GetPageAsync(known);
        await client.GetPageAsync(unknown);
        await client.GetPageAsync(unknown);
        await site.RenamePartnerBehindTheBackAsync(partner.Id, "Filterbar Neu");
        site.DropDirectoryIndex();

        Assert.Contains("Filterbar Alt", (await client.GetPageAsync(known)).Text, StringComparison.Ordinal);
        Assert.Contains("Filterbar Neu", (await client.GetPageAsync(unknown)).Text, StringComparison.Ordinal);
        Assert.Contains("Filterbar Neu", (await client.GetPageAsync(other)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_QueryAskedOnce_IsNotStoredButTheSecondRequestIs()
    {
        var partner = await new PartnerBuilder().WithName("Einmalsuche Alt").InsertAsync(site);
        var client = site.CreateClient();
        var search = $"/de/partners?q={Uri.EscapeDataString("Einmalsuche")}";

        var first = (await client.GetPageAsync(search)).Text;
        await site.RenamePartnerBehindTheBackAsync(partner.Id, "Einmalsuche Zwei");
        site.DropDirectoryIndex();
        var second = (await client.GetPageAsync(search)).Text;
        await site.RenamePartnerBehindTheBackAsync(partner.Id, "Einmalsuche Drei");
        site.DropDirectoryIndex();
        var third = (await client.GetPageAsync(search)).Text;

        Assert.Contains("Einmalsuche Alt", first, StringComparison.Ordinal);
        Assert.Contains("Einmalsuche Zwei", second, StringComparison.Ordinal);
        Assert.Contains("Einmalsuche Zwei", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_PlainPublicResponse_IsCached()
    {
        var client = site.CreateClient();

        var first = await client.GetStringAsync(new Uri("/de/cache-probe/plain", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/de/cache-probe/plain", UriKind.Relative));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Probe_ResponseSettingCookie_IsNotCached()
    {
        var client = site.CreateClient();

        var first = await client.GetStringAsync(new Uri("/de/cache-probe/cookie", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/de/cache-probe/cookie", UriKind.Relative));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Probe_AntiforgeryTokenForVisitorWhoHasTheCookie_IsNotCached()
    {
        using var browser = site.CreateBrowser();
        var path = new Uri("/de/cache-probe/token", UriKind.Relative);
        await browser.GetStringAsync(path);

        var withCookie = await browser.GetAsync(path);
        var again = await browser.GetStringAsync(path);
        var stranger = await site.CreateClient().GetStringAsync(path);

        Assert.False(withCookie.Headers.Contains("Set-Cookie"), "The visitor already has the antiforgery cookie.");
        var body = await withCookie.Content.ReadAsStringAsync();
        Assert.NotEqual(body, again);
        Assert.NotEqual(again, stranger);
    }

    [Fact]
    public async Task MessageForm_IsNeverCachedAndCarriesNoValidators()
    {
        using var browser = site.CreateBrowser();
        await browser.GetAsync(new Uri("/de/contact/message", UriKind.Relative));

        var second = await browser.GetPageAsync("/de/contact/message");

        Assert.NotNull(second.Document.FormWithField("Form.Message").AntiforgeryToken);
        Assert.Null(second.Response.Headers.ETag);
        Assert.True(second.Response.Headers.CacheControl?.NoStore, "An antiforgery token is never stored by anyone.");
    }

    private static async Task<string?> TitleAsync(HttpClient client, string path) =>
        (await client.GetPageAsync(path)).Document.QuerySelector("main h1")?.NormalizedText();
}
