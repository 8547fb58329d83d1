using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Editorial;

/// <summary>Draft → review → published, and back, through the list's buttons; only "published" is public.</summary>
[Collection(WritableSite.Name)]
public class WorkflowTests(SiteFactory site)
{
    [Fact]
    public async Task Submit_Draft_GoesToReviewAndStaysHidden()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Prüfangebot")).Draft().Build());
        var browser = await site.EditorAsync();
        var list = await browser.GetPageAsync("/admin/offers");

        var response = await PostButtonAsync(browser, list, $"/admin/offers/submit/{offer.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PublishState.InReview, await StateAsync(offer.Id));
        var anonymous = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/de/offers/{offer.Slug}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(offer.Slug, await anonymous.GetStringAsync(new Uri("/de/offers", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Zur Prüfung", (await browser.GetPageAsync("/admin/offers")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishThenUnpublish_Offer_IsPublicOnlyInBetween()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Wechselangebot")).Draft().Build());
        var browser = await site.EditorAsync();
        var list = await browser.GetPageAsync("/admin/offers");
        var anonymous = site.CreateClient();
        var path = new Uri($"/de/offers/{offer.Slug}", UriKind.Relative);

        await PostButtonAsync(browser, list, $"/admin/offers/publish/{offer.Id}");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);

        await PostButtonAsync(browser, list, $"/admin/offers/unpublish/{offer.Id}");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(PublishState.Draft, await StateAsync(offer.Id));
    }

    [Fact]
    public async Task Delete_DraftPartnerThroughConfirmation_RemovesIt()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await new PartnerBuilder().WithType(lookups.Type.Key).Draft().InsertAsync(site);
        var browser = await site.EditorAsync();

        var confirm = await browser.GetPageAsync($"/admin/partners/delete/{partner.Id}");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Contains(partner.Name, confirm.Text, StringComparison.Ordinal);
        var response = await confirm.Document.Forms.Select(f => new HtmlForm(f)).Single(f => f.Action.AbsolutePath.EndsWith($"/delete/{partner.Id}", StringComparison.Ordinal)).PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Id == partner.Id)));
    }

    [Fact]
    public async Task Delete_PublishedPage_IsRefusedAndKept()
    {
        var page = await site.InsertAsync(new PageBuilder().WithTranslation("de", Unique.Name("Feste Seite"), "Text").Build());
        var browser = await site.EditorAsync();
        var list = await browser.GetPageAsync("/admin/pages");

        var response = await PostButtonAsync(browser, list, $"/admin/pages/delete/{page.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await site.WithDbAsync(db => db.Pages.AnyAsync(p => p.Id == page.Id)));
    }

    [Theory]
    [InlineData("GET", "/admin/office/create")]
    [InlineData("GET", "/admin/office/delete/1")]
    [InlineData("POST", "/admin/office/publish/1")]
    [InlineData("POST", "/admin/office/unpublish/1")]
    public async Task Office_HasNoListCreationDeletionOrWorkflow(string method, string path)
    {
        var browser = await site.EditorAsync();
        var list = await browser.GetPageAsync("/admin/office/edit");

        var response = method == "GET"
            ? await browser.GetAsync(new Uri(path, UriKind.Relative))
            : await PostButtonAsync(browser, list, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<PublishState> StateAsync(int offerId) =>
        site.WithDbAsync(db => db.Offers.Where(o => o.Id == offerId).Select(o => o.State).SingleAsync());

    /// <summary>Posts like a list button: the list's antiforgery token, nothing else.</summary>
    private static Task<HttpResponseMessage> PostButtonAsync(HttpClient browser, Infrastructure.Page signedPage, string action) =>
        browser.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(
            [new(HtmlForm.AntiforgeryField, signedPage.Document.Forms.Select(f => new HtmlForm(f)).First(f => f.AntiforgeryToken is not null).AntiforgeryToken!)]));
}
