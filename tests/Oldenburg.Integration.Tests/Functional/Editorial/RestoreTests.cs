using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Editorial;

/// <summary>Restoring an earlier revision creates a new draft revision with the old content; a restore that no longer fits changes nothing.</summary>
[Collection(WritableSite.Name)]
public class RestoreTests(SiteFactory site)
{
    [Fact]
    public async Task Restore_FirstRevisionOfPublishedOffer_BringsOldTextBackAsDraft()
    {
        var browser = await site.EditorAsync();
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Erste Fassung").Build());
        await SaveTitleAsync(browser, offer.Id, "Zweite Fassung");
        var history = await browser.GetPageAsync($"/admin/revisions/history/{offer.Id}?type=offers");
        var restore = history.Document.Forms.Select(f => new HtmlForm(f)).Single(f => f.Action.PathAndQuery.Contains("revision=1", StringComparison.Ordinal));

        var response = await restore.PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await site.WithDbAsync(db => db.Offers.Include(o => o.Translations).SingleAsync(o => o.Id == offer.Id));
        Assert.Equal("Erste Fassung", stored.Translations.Single(t => t.Culture == "de").Title);
        Assert.Equal(PublishState.Draft, stored.State);
        var events = await site.WithDbAsync(db => db.ContentRevisions.Where(r => r.ContentType == "offers" && r.ContentId == offer.Id).OrderBy(r => r.Number).Select(r => r.Event).ToListAsync());
        Assert.Equal([AuditActions.Baseline, AuditActions.Saved, AuditActions.Restored], events);
        Assert.Contains(AuditActions.Restored, await site.WithDbAsync(db => db.AuditEntries.Where(a => a.SubjectType == "offers" && a.SubjectId == offer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task Restore_SlugTakenSince_ShowsFormWithMessageAndSavesNothing()
    {
        var browser = await site.EditorAsync();
        var slug = Unique.Name("alte-adresse");
        var offer = await site.InsertAsync(new OfferBuilder().WithSlug(slug).WithTranslation("de", "Umzug").Build());
        var form = (await browser.GetPageAsync($"/admin/offers/edit/{offer.Id}")).Document.FormWithField("Slug");
        await form.PostAsync(browser, new Dictionary<string, string> { ["Slug"] = slug + "-neu" });
        await site.InsertAsync(new OfferBuilder().WithSlug(slug).WithTranslation("de", "Nachmieter").Build());
        var history = await browser.GetPageAsync($"/admin/revisions/history/{offer.Id}?type=offers");
        var restore = history.Document.Forms.Select(f => new HtmlForm(f)).Single(f => f.Action.PathAndQuery.Contains("revision=1", StringComparison.Ordinal));

        var response = await restore.PostAsync(browser);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Fassung 1", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(slug + "-neu", await site.WithDbAsync(db => db.Offers.Where(o => o.Id == offer.Id).Select(o => o.Slug).SingleAsync()));
    }

    [Fact]
    public async Task Restore_UnknownRevision_IsNotFound()
    {
        var browser = await site.EditorAsync();
        var list = await browser.GetPageAsync("/admin/offers");
        var token = list.Document.Forms.Select(f => new HtmlForm(f)).First(f => f.AntiforgeryToken is not null).AntiforgeryToken!;

        var response = await browser.PostAsync(new Uri("/admin/offers/restore/1?revision=9999", UriKind.Relative), new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token)]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task SaveTitleAsync(HttpClient browser, int id, string title)
    {
        var form = (await browser.GetPageAsync($"/admin/offers/edit/{id}")).Document.FormWithField("Texts[0].Title");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(browser, new Dictionary<string, string> { ["Texts[0].Title"] = title })).StatusCode);
    }
}
