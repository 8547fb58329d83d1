using System.Net;
using Oldenburg.Integration.Tests.Functional.Publications;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Editorial;

/// <summary>A draft's preview is the public page as it will look, for staff only and never cached.</summary>
[Collection(WritableSite.Name)]
public class PreviewTests(SiteFactory site)
{
    [Fact]
    public async Task Preview_DraftOffer_ShowsPublicPageToStaffWithoutCaching()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Vorschau-Angebot", body: "Noch geheim").Draft().Build());
        var browser = await site.EditorAsync();

        var preview = await browser.GetPageAsync($"/admin/offers/preview/{offer.Id}");

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal("Vorschau-Angebot", preview.Document.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Contains("Noch geheim", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Vorschau", preview.Document.QuerySelector("main .kern-alert")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.True(preview.Response.Headers.CacheControl?.NoStore, "A preview must never be stored by a cache.");
        Assert.Contains("noindex", string.Join(",", preview.Response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync(new Uri($"/de/offers/{offer.Slug}", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("offers")]
    [InlineData("pages")]
    [InlineData("partners")]
    [InlineData("fieldsofaction")]
    [InlineData("publications")]
    [InlineData("news")]
    [InlineData("events")]
    public async Task Preview_Anonymous_RedirectsToSignInAndShowsNothing(string kind)
    {
        var id = await DraftIdAsync(kind);
        var anonymous = site.CreateBrowser();

        var response = await anonymous.GetAsync(new Uri($"/admin/{kind}/preview/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Staff.LoginPath, Staff.PathOf(response.Headers.Location!), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Entwurfstext", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("offers")]
    [InlineData("pages")]
    [InlineData("partners")]
    [InlineData("fieldsofaction")]
    [InlineData("publications")]
    [InlineData("news")]
    [InlineData("events")]
    public async Task Preview_RightToLeftLanguage_RendersInThatLanguage(string kind)
    {
        var id = await DraftIdAsync(kind);
        var browser = await site.EditorAsync();

        var preview = await browser.GetPageAsync($"/admin/{kind}/preview/{id}?language=ar");

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal("rtl", preview.Document.DocumentElement.GetAttribute("dir"));
        Assert.Contains("نص المسودة", preview.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_UnknownItem_IsNotFound()
    {
        var browser = await site.EditorAsync();

        var response = await browser.GetAsync(new Uri("/admin/offers/preview/999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<int> DraftIdAsync(string kind)
    {
        switch (kind)
        {
            case "offers":
                return (await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Entwurf", body: "Entwurfstext").WithTranslation("ar", "مسودة", body: "نص المسودة").Draft().Build())).Id;
            case "pages":
                return (await site.InsertAsync(new PageBuilder().WithTranslation("de", "Entwurf", "Entwurfstext").WithTranslation("ar", "مسودة", "نص المسودة").Draft().Build())).Id;
            case "fieldsofaction":
                return (await new FieldOfActionBuilder().WithTranslation("de", "Entwurf", "Entwurfstext").WithTranslation("ar", "مسودة", "نص المسودة").Draft().InsertAsync(site)).Id;

            case "events":
                return (await new EventBuilder().WithTranslation("de", "Entwurf", "Entwurfstext").WithTranslation("ar", "مسودة", "نص المسودة").Draft().InsertAsync(site)).Id;
            case "publications":
                return (await site.AddPublicationAsync("entwurf-" + Guid.NewGuid().ToString("N")[..8], Web.Domain.PublishState.Draft, arabicSummary: "نص المسودة")).Id;
            case "news":
                return (await News.NewsData.AddNewsAsync(site, "entwurf-" + Guid.NewGuid().ToString("N")[..8], Web.Domain.PublishState.Draft, arabicTitle: "نص المسودة")).Id;
            default:
                var lookups = await site.AddLookupsAsync();
                return (await new PartnerBuilder().WithType(lookups.Type.Key).WithText("de", "Entwurfstext").WithText("ar", "نص المسودة").Draft().InsertAsync(site)).Id;
        }
    }
}
