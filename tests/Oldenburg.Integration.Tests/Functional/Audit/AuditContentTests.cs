using System.Globalization;
using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Audit;

/// <summary>Content changes are logged in the same save as the change: a refused change leaves no entry.</summary>
[Collection(WritableSite.Name)]
public sealed class AuditContentTests(SiteFactory site)
{
    [Fact]
    public async Task Offer_SavePublishUnpublishDelete_EachRecordedWithActorAndTitle()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Sprachkurs im Protokoll").Draft().Build());
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        var form = (await browser.GetPageAsync($"/admin/offers/edit/{offer.Id}")).Document.FormWithField("Slug");

        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(browser, new Dictionary<string, string> { [AdminOfferForm.GermanField(form, "Title")] = "Sprachkurs neu" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostIndexActionAsync(browser, "publish", offer.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostIndexActionAsync(browser, "unpublish", offer.Id)).StatusCode);
        var delete = (await browser.GetPageAsync($"/admin/offers/delete/{offer.Id}")).Document.Forms
            .Single(f => f.Action.Contains("/admin/offers/delete/", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, (await new HtmlForm(delete).PostAsync(browser)).StatusCode);

        var entries = await site.AuditEntriesAboutAsync("offers", offer.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal([AuditActions.Saved, AuditActions.Published, AuditActions.Unpublished, AuditActions.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(email, e.Actor));
        Assert.All(entries, e => Assert.Equal("Sprachkurs neu", e.Subject));
    }

    [Fact]
    public async Task Offer_Create_RecordedWithNewId()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        var form = (await browser.GetPageAsync("/admin/offers/create")).Document.FormWithField("Slug");
        var slug = Unique.Name("audit-offer");

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Slug"] = slug,
            [AdminOfferForm.GermanField(form, "Title")] = "Neues Angebot im Protokoll",
            [AdminOfferForm.GermanField(form, "Summary")] = "Kurz",
            [AdminOfferForm.GermanField(form, "Body")] = "Lang",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await site.WithDbAsync(db => Task.FromResult(db.Offers.Single(o => o.Slug == slug).Id));
        var entry = Assert.Single(await site.AuditEntriesByAsync(email), e => e.Action == AuditActions.Created);
        Assert.Equal(("offers", id.ToString(CultureInfo.InvariantCulture), "Neues Angebot im Protokoll"), (entry.SubjectType, entry.SubjectId, entry.Subject));
    }

    [Fact]
    public async Task Offer_RefusedSave_RecordsNothing()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Bleibt unverändert").Build());
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        var form = (await browser.GetPageAsync($"/admin/offers/edit/{offer.Id}")).Document.FormWithField("Slug");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { [AdminOfferForm.GermanField(form, "Title")] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await site.AuditEntriesAboutAsync("offers", offer.Id.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Lookup_CreateTopic_RecordedWithActorAndName()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        var form = (await browser.GetPageAsync("/admin/lookups/topics/create")).Document.FormWithField("Key");

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Key"] = Unique.Name("thema"),
            ["SortOrder"] = "5",
            ["Names[0].Name"] = "Protokollthema",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = Assert.Single(await site.AuditEntriesByAsync(email), e => e.Action == AuditActions.LookupSaved);
        Assert.Equal("lookups", entry.SubjectType);
        Assert.Contains("Protokollthema", entry.Subject, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostIndexActionAsync(HttpClient browser, string action, int id)
    {
        var index = await browser.GetPageAsync("/admin/offers");
        var form = index.Document.Forms.Single(f => f.Action.EndsWith($"/admin/offers/{action}/{id}", StringComparison.OrdinalIgnoreCase));
        return await new HtmlForm(form).PostAsync(browser);
    }
}
