using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.Offers;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Revisions;

[Collection(WritableSite.Name)]
public class RevisionHistoryTests(SiteFactory site)
{
    [Fact]
    public async Task Save_CreateThenEdit_RecordsRevisionsOneAndTwoWithPersonAndEvent()
    {
        var (browser, email) = await SignInAsync();
        var id = await CreateOfferAsync(browser, "Erster Titel");

        await EditTitleAsync(browser, id, "Zweiter Titel");

        var stored = await site.WithDbAsync(db => db.ContentRevisions.AsNoTracking()
            .Where(r => r.ContentType == "offers" && r.ContentId == id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([1, 2], stored.Select(r => r.Number));
        Assert.Equal([AuditActions.Created, AuditActions.Saved], stored.Select(r => r.Event));
        Assert.All(stored, r => Assert.Equal(email, r.CreatedBy));
        Assert.Equal(["Erster Titel", "Zweiter Titel"], stored.Select(r => r.Title));
        var updatedAt = await site.WithDbAsync(db => db.Offers.Where(o => o.Id == id).Select(o => o.UpdatedAt).SingleAsync());
        Assert.Equal(updatedAt.Ticks, stored[1].Version);
    }

    [Fact]
    public async Task History_TwoSaves_ListsBothNewestFirstWithCompareDefaults()
    {
        var (browser, email) = await SignInAsync();
        var id = await CreateOfferAsync(browser, "Verlauf eins");
        await EditTitleAsync(browser, id, "Verlauf zwei");

        var page = await browser.GetPageAsync($"/admin/revisions/history/{id}?type=offers");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("tbody tr").Select(r => r.NormalizedText()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("2", rows[0], StringComparison.Ordinal);
        Assert.Contains("Gespeichert", rows[0], StringComparison.Ordinal);
        Assert.Contains("Angelegt", rows[1], StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Contains(email, r, StringComparison.Ordinal));
        Assert.Equal("1", page.Document.QuerySelector("input[name=from][checked]")?.GetAttribute("value"));
        Assert.Equal("2", page.Document.QuerySelector("input[name=to][checked]")?.GetAttribute("value"));
        var compare = page.Document.QuerySelector("form#compare")!;
        Assert.Equal("get", compare.GetAttribute("method"));
        Assert.Equal($"/admin/revisions/diff/{id}", compare.ResolvedPath("action"));
    }

    [Fact]
    public async Task Diff_ChangedTitle_ShowsOldAndNewAndKeepsUnchangedFieldsOutOfTheChanges()
    {
        var (browser, _) = await SignInAsync();
        var id = await CreateOfferAsync(browser, "Titel vorher");
        await EditTitleAsync(browser, id, "Titel nachher");

        var page = await browser.GetPageAsync($"/admin/revisions/diff/{id}?type=offers&from=1&to=2");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var changed = page.Document.QuerySelectorAll("table.revision-diff tbody tr").ToList();
        var title = Assert.Single(changed);
        Assert.Equal("Texts[de].Title", title.GetAttribute("data-field"));
        Assert.Contains("Titel (Deutsch)", title.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("Geändert", title.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal("[entfernt:] Titel vorher", title.QuerySelector("del")?.NormalizedText());
        Assert.Equal("[eingefügt:] Titel nachher", title.QuerySelector("ins")?.NormalizedText());
        var unchanged = page.Document.QuerySelector("details.revision-unchanged")!;
        Assert.Contains("Adresse (Slug)", unchanged.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("Kurzbeschreibung (Deutsch)", unchanged.NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ItemWithoutRevisions_SaysNoneYet()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Ohne Verlauf").Build());
        var (browser, _) = await SignInAsync();

        var page = await browser.GetPageAsync($"/admin/revisions/history/{offer.Id}?type=offers");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Noch keine Fassungen gespeichert", page.Text, StringComparison.Ordinal);
        Assert.Contains("Ohne Verlauf", page.Document.QuerySelector("h1")!.NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ItemOlderThanTheHistory_KeepsItsPreviousStateAsBaseline()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Vor der Aufzeichnung").Build());
        var (browser, email) = await SignInAsync();

        await EditTitleAsync(browser, offer.Id, "Erste Änderung");

        var stored = await site.WithDbAsync(db => db.ContentRevisions.AsNoTracking()
            .Where(r => r.ContentType == "offers" && r.ContentId == offer.Id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([(1, AuditActions.Baseline, "tests"), (2, AuditActions.Saved, email)], stored.Select(r => (r.Number, r.Event, r.CreatedBy)));
        Assert.Equal(offer.UpdatedAt.Ticks, stored[0].Version);
        var diff = await browser.GetPageAsync($"/admin/revisions/diff/{offer.Id}?type=offers&from=1&to=2");
        Assert.Equal("[entfernt:] Vor der Aufzeichnung", diff.Document.QuerySelector("tr[data-field='Texts[de].Title'] del")?.NormalizedText());
    }

    [Fact]
    public async Task Publish_FromTheList_RecordsPublishedWithTheUnchangedVersion()
    {
        var (browser, _) = await SignInAsync();
        var id = await CreateOfferAsync(browser, "Wird veröffentlicht");
        var list = (await browser.GetPageAsync("/admin/offers")).Document;
        var publish = list.QuerySelectorAll<IHtmlFormElement>("form")
            .Single(f => f.Action.EndsWith($"/admin/offers/publish/{id}", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, (await new HtmlForm(publish).PostAsync(browser)).StatusCode);

        var stored = await site.WithDbAsync(db => db.ContentRevisions.AsNoTracking()
            .Where(r => r.ContentType == "offers" && r.ContentId == id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([AuditActions.Created, AuditActions.Published], stored.Select(r => r.Event));
        Assert.Equal(stored[0].Version, stored[1].Version);
        var diff = await browser.GetPageAsync($"/admin/revisions/diff/{id}?type=offers&from=1&to=2");
        var state = Assert.Single(diff.Document.QuerySelectorAll("table.revision-diff tbody tr"));
        Assert.Equal("State", state.GetAttribute("data-field"));
        Assert.Contains("Veröffentlicht", state.NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_DraftWithRevisions_DeletesItsRevisionsToo()
    {
        var (browser, _) = await SignInAsync();
        var id = await CreateOfferAsync(browser, "Wird gelöscht");
        await EditTitleAsync(browser, id, "Wird gleich gelöscht");
        var confirm = (await browser.GetPageAsync($"/admin/offers/delete/{id}")).Document
            .QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.Action.EndsWith($"/admin/offers/delete/{id}", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, (await new HtmlForm(confirm).PostAsync(browser)).StatusCode);

        Assert.Equal(0, await site.WithDbAsync(db => db.ContentRevisions.CountAsync(r => r.ContentType == "offers" && r.ContentId == id)));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(new Uri($"/admin/revisions/history/{id}?type=offers", UriKind.Relative))).StatusCode);
    }

    public static TheoryData<string> BadAddresses() =>
    [
        "/admin/revisions/history/1?type=unknown",
        "/admin/revisions/history/1",
        "/admin/revisions/history/987654?type=offers",
        "/admin/revisions/history/abc?type=offers",
        "/admin/revisions/diff/1?type=nothing&from=1&to=2",
        "/admin/revisions/diff/987654?type=offers&from=1&to=2",
        "/admin/revisions/diff/1?type=offers&from=-5&to=99999",
        "/admin/revisions/diff/1?type=offers&from=x&to=",
    ];

    [Theory]
    [MemberData(nameof(BadAddresses))]
    public async Task Revisions_UnknownTypeOrNumbers_NotFoundNotError(string path)
    {
        var (browser, _) = await SignInAsync();

        var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/revisions/history/1?type=offers")]
    [InlineData("/admin/revisions/diff/1?type=offers&from=1&to=2")]
    public async Task Revisions_Anonymous_RedirectedToLogin(string path)
    {
        using var visitor = site.CreateBrowser();

        var response = await visitor.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Staff.LoginPath, Staff.PathOf(response.Headers.Location!), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Revisions_StoredModel_ComesBackForTheLoadedVersion()
    {
        var (browser, _) = await SignInAsync();
        var id = await CreateOfferAsync(browser, "Wie geladen");
        var loaded = await site.WithDbAsync(db => db.Offers.Where(o => o.Id == id).Select(o => o.UpdatedAt).SingleAsync());
        await EditTitleAsync(browser, id, "Danach geändert");

        var model = await site.WithDbAsync(async db =>
        {
            var revisions = new ContentRevisions(db, TimeProvider.System);
            var revision = await revisions.FindByVersionAsync(new ContentRef("offers", id), loaded.Ticks);
            return ContentRevisions.ModelOf<OfferEditModel>(revision!);
        });

        Assert.NotNull(model);
        Assert.Equal("Wie geladen", model.Texts.Single(t => t.Culture == "de").Title);
        Assert.Equal(0, model.LoadedVersion);
    }

    private async Task<(HttpClient Browser, string Email)> SignInAsync()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        Assert.True(Staff.IsSignedInRedirect(await browser.SubmitLoginAsync(email, Staff.DefaultPassword)));
        return (browser, email);
    }

    private async Task<int> CreateOfferAsync(HttpClient browser, string title)
    {
        var slug = Unique.Name("revision");
        var form = (await browser.GetPageAsync("/admin/offers/create")).Document.FormWithField("Slug");
        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Slug"] = slug,
            [AdminOfferForm.GermanField(form, "Title")] = title,
            [AdminOfferForm.GermanField(form, "Summary")] = "Eine kurze Beschreibung.",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await site.WithDbAsync(db => db.Offers.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync());
    }

    private static async Task EditTitleAsync(HttpClient browser, int id, string title)
    {
        var form = (await browser.GetPageAsync($"/admin/offers/edit/{id}")).Document.FormWithField("Slug");
        var response = await form.PostAsync(browser, new Dictionary<string, string> { [AdminOfferForm.GermanField(form, "Title")] = title });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
