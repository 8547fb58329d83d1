using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Functional.News;
using Oldenburg.Integration.Tests.Functional.Publications;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Editing;

/// <summary>ADR 0007 on every edit form: a stale save is refused once, and the deliberate second save goes through.</summary>
[Collection(WritableSite.Name)]
public class EditConflictTests(SiteFactory site)
{

    public static TheoryData<string> Forms() => ["offers", "pages", "partners", "publications", "news", "events", "office", "fieldsofaction", "concept"];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Save_StaleFormThenSaveAgain_FirstRefusedSecondSaves(string kind)
    {
        var form = await EditFormAsync(kind);
        var browser = await site.EditorAsync();
        var mine = (await browser.GetPageAsync(form.Path)).Document.FormWithField(form.Field);
        var colleagues = (await browser.GetPageAsync(form.Path)).Document.FormWithField(form.Field);
        Assert.Equal(HttpStatusCode.Redirect, (await colleagues.PostAsync(browser, new Dictionary<string, string> { [form.Field] = "Kollegin " + kind })).StatusCode);

        var refused = await mine.PostAsync(browser, new Dictionary<string, string> { [form.Field] = "Meine Fassung " + kind });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("während Sie", page.QuerySelector(".error-summary")?.TextContent ?? page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kollegin " + kind, await form.StoredAsync());
        var again = page.FormWithField(form.Field);
        Assert.Equal("Meine Fassung " + kind, again.Value(form.Field));

        var saved = await again.PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Meine Fassung " + kind, await form.StoredAsync());
    }

    public static TheoryData<string> PublishableForms() => ["offers", "pages", "partners", "publications", "news", "events", "fieldsofaction"];

    [Theory]
    [MemberData(nameof(PublishableForms))]
    public async Task Save_OpenFormAfterPublishFromList_SavesAndKeepsPublished(string kind)
    {
        var form = await EditFormAsync(kind, PublishState.Draft);
        var browser = await site.EditorAsync();
        var open = (await browser.GetPageAsync(form.Path)).Document.FormWithField(form.Field);
        Assert.Equal("Draft", open.Value("State"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostStateAsync(browser, open, $"/admin/{kind}/publish/{form.Id}")).StatusCode);

        var response = await open.PostAsync(browser, new Dictionary<string, string> { [form.Field] = "Nach dem Veröffentlichen " + kind });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Nach dem Veröffentlichen " + kind, await form.StoredAsync());
        Assert.Equal(PublishState.Published, await form.StoredStateAsync!());
    }

    [Theory]
    [MemberData(nameof(PublishableForms))]
    public async Task Save_StateChosenInFormAfterPublishFromList_FormChoiceWins(string kind)
    {
        var form = await EditFormAsync(kind, PublishState.Published);
        var browser = await site.EditorAsync();
        var open = (await browser.GetPageAsync(form.Path)).Document.FormWithField(form.Field);
        Assert.Equal(HttpStatusCode.Redirect, (await PostStateAsync(browser, open, $"/admin/{kind}/unpublish/{form.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostStateAsync(browser, open, $"/admin/{kind}/publish/{form.Id}")).StatusCode);

        var response = await open.PostAsync(browser, new Dictionary<string, string> { ["State"] = "Draft" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PublishState.Draft, await form.StoredStateAsync!());
    }

    /// <summary>What the list's publish and unpublish buttons post; the partner list is paged, so the button itself may be elsewhere.</summary>
    private static Task<HttpResponseMessage> PostStateAsync(HttpClient browser, HtmlForm signedForm, string action) =>
        browser.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, signedForm.AntiforgeryToken!)]));

    private sealed record EditForm(int Id, string Path, string Field, Func<Task<string?>> StoredAsync, Func<Task<PublishState>>? StoredStateAsync = null);

    private async Task<EditForm> EditFormAsync(string kind, PublishState state = PublishState.Published)
    {
        switch (kind)
        {
            case "offers":
                var builder = new OfferBuilder().WithTranslation("de", "Angebot");
                if (state == PublishState.Draft)
                {
                    builder.Draft();
                }

                var offer = await site.InsertAsync(builder.Build());
                return new(offer.Id, $"/admin/offers/edit/{offer.Id}", "Texts[0].Title",
                    () => site.WithDbAsync(db => db.OfferTranslations.Where(t => t.OfferId == offer.Id && t.Culture == "de").Select(t => (string?)t.Title).SingleAsync()),
                    () => site.WithDbAsync(db => db.Offers.Where(o => o.Id == offer.Id).Select(o => o.State).SingleAsync()));
            case "pages":
                var pageBuilder = new PageBuilder().WithTranslation("de", "Seite");
                if (state == PublishState.Draft)
                {
                    pageBuilder.Draft();
                }

                var page = await site.InsertAsync(pageBuilder.Build());
                return new(page.Id, $"/admin/pages/edit/{page.Id}", "Texts[0].Title",
                    () => site.WithDbAsync(db => db.PageTranslations.Where(t => t.PageId == page.Id && t.Culture == "de").Select(t => (string?)t.Title).SingleAsync()),
                    () => site.WithDbAsync(db => db.Pages.Where(p => p.Id == page.Id).Select(p => p.State).SingleAsync()));
            case "partners":
                var partner = await site.AddPartnerAsync(await site.AddLookupsAsync(), p => p.State = state);
                return new(partner.Id, $"/admin/partners/edit/{partner.Id}", "Name",
                    () => site.WithDbAsync(db => db.Partners.Where(p => p.Id == partner.Id).Select(p => (string?)p.Name).SingleAsync()),
                    () => site.WithDbAsync(db => db.Partners.Where(p => p.Id == partner.Id).Select(p => p.State).SingleAsync()));
            case "fieldsofaction":
                var fieldBuilder = new FieldOfActionBuilder().WithTranslation("de", "Handlungsfeld");
                if (state == PublishState.Draft)
                {
                    fieldBuilder.Draft();
                }

                var field = await fieldBuilder.InsertAsync(site);
                return new(field.Id, $"/admin/fieldsofaction/edit/{field.Id}", "Texts[0].Title",
                    () => site.WithDbAsync(db => db.FieldOfActionTranslations.Where(t => t.FieldOfActionId == field.Id && t.Culture == "de").Select(t => (string?)t.Title).SingleAsync()),
                    () => site.WithDbAsync(db => db.FieldsOfAction.Where(f => f.Id == field.Id).Select(f => f.State).SingleAsync()));
            case "concept":
                return new(0, "/admin/concept/edit", "Texts[0].Origin",
                    () => site.WithDbAsync(db => db.IntegrationConcepts.SelectMany(c => c.Translations).Where(t => t.Culture == "de").Select(t => t.Origin).SingleAsync()));

            case "events":
                var eventBuilder = new EventBuilder().WithTranslation("de", "Veranstaltung");
                if (state == PublishState.Draft)
                {
                    eventBuilder.Draft();
                }

                var item = await eventBuilder.InsertAsync(site);
                return new(item.Id, $"/admin/events/edit/{item.Id}", "Texts[0].Title",
                    () => site.WithDbAsync(db => db.Set<EventTranslation>().Where(t => t.EventItemId == item.Id && t.Culture == "de").Select(t => (string?)t.Title).SingleAsync()),
                    () => site.WithDbAsync(db => db.Events.Where(e => e.Id == item.Id).Select(e => e.State).SingleAsync()));
            case "publications":
                var publication = await site.AddPublicationAsync("konflikt-" + Guid.NewGuid().ToString("N")[..8], state);
                return new(publication.Id, $"/admin/publications/edit/{publication.Id}", "Texts[0].Title",
                    () => site.WithDbAsync(db => db.Set<PublicationVersion>().Where(v => v.PublicationId == publication.Id && v.Culture == "de").Select(v => (string?)v.Title).SingleAsync()),
                    () => site.WithDbAsync(db => db.Publications.Where(p => p.Id == publication.Id).Select(p => p.State).SingleAsync()));
            case "news":
                var news = await site.AddNewsAsync("konflikt-" + Guid.NewGuid().ToString("N")[..8], state);
                return new(news.Id, $"/admin/news/edit/{news.Id}", "Texts[0].Title",
                    () => site.WithDbAsync(db => db.Set<NewsTranslation>().Where(t => t.NewsItemId == news.Id && t.Culture == "de").Select(t => (string?)t.Title).SingleAsync()),
                    () => site.WithDbAsync(db => db.News.Where(n => n.Id == news.Id).Select(n => n.State).SingleAsync()));
            default:
                return new(0, "/admin/office/edit", "Building",
                    () => site.WithDbAsync(db => db.OfficeProfiles.Select(p => p.Building).SingleAsync()));
        }
    }
}
