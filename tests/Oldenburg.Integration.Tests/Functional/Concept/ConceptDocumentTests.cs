using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Functional.Publications;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Concept;

/// <summary>
/// The concept document: a published publication chosen in the concept form. The concept is one
/// row, so these tests have a site of their own and each links its own publication first.
/// </summary>
public class ConceptDocumentTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("de", "de")]
    [InlineData("ar", "ar")]
    [InlineData("en", "de")]
    public async Task LinkedDocument_Published_ConceptPageOffersTheReadersVersion(string culture, string version)
    {
        var publication = await site.AddPublicationAsync(Slug(), PublishState.Published, arabicSummary: "ملخص");
        Assert.Equal(HttpStatusCode.Redirect, (await LinkAsync(publication.Id)).StatusCode);
        using var visitor = site.CreateBrowser();

        var page = await visitor.GetPageAsync($"/{culture}/concept");

        var section = page.Document.QuerySelector("main .concept-document")!;
        Assert.Null(section.QuerySelector("[data-placeholder='concept-document']"));
        var download = section.QuerySelector($"a[href='/{culture}/publications/{publication.Slug}/{version}']");
        Assert.True(download is not null, section.InnerHtml);
        Assert.Equal(version, download.GetAttribute("hreflang"));
        Assert.Single(section.QuerySelectorAll("a[hreflang]"));
        Assert.NotNull(section.QuerySelector($"a[href='/{culture}/publications/{publication.Slug}'][data-concept-document]"));
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync(new Uri(download.GetAttribute("href")!, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ConceptForm_OffersPublishedPublicationsAndNoDocument_NotDrafts()
    {
        var published = await site.AddPublicationAsync(Slug(), PublishState.Published);
        var draft = await site.AddPublicationAsync(Slug(), PublishState.Draft);
        var staff = await site.EditorAsync();

        var select = (IHtmlSelectElement)(await staff.GetPageAsync("/admin/concept/edit")).Document.FormWithField("PublicationId").Field("PublicationId");

        Assert.Equal("kein Dokument", select.Options[0]!.Text);
        Assert.Equal("", select.Options[0]!.Value);
        var values = select.Options.Select(o => o.Value).ToList();
        Assert.Contains(Id(published.Id), values);
        Assert.DoesNotContain(Id(draft.Id), values);
        Assert.Equal("Dokument des Konzepts", select.Closest(".kern-form-input")?.QuerySelector("label")?.NormalizedText());
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("draft")]
    public async Task LinkDocument_UnknownOrUnpublishedPublication_IsRefusedInGermanAndNothingSaved(string kind)
    {
        var linked = await site.AddPublicationAsync(Slug(), PublishState.Published);
        await LinkAsync(linked.Id);
        var target = kind == "draft" ? (await site.AddPublicationAsync(Slug(), PublishState.Draft)).Id : 987_654;
        var purpose = Unique.Name("Nicht gespeichert");

        var response = await LinkAsync(target, purpose);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await Html.ParseAsync(response)).GetElementById("PublicationId-error")?.NormalizedText();
        Assert.Contains("Diese Publikation gibt es nicht mehr oder sie ist nicht veröffentlicht", error, StringComparison.Ordinal);
        var stored = await site.WithDbAsync(db => db.IntegrationConcepts.Include(c => c.Translations).SingleAsync());
        Assert.Equal(linked.Id, stored.PublicationId);
        Assert.DoesNotContain(stored.Translations, t => t.Purpose == purpose);
    }

    [Fact]
    public async Task LinkedDocument_PublicationSaved_CachedConceptPageShowsItsNewTitle()
    {
        var publication = await site.AddPublicationAsync(Slug(), PublishState.Published);
        await LinkAsync(publication.Id);
        using var visitor = site.CreateBrowser();
        var before = DocumentLink(await visitor.GetPageAsync("/de/concept"), publication.Slug);
        using (var scope = site.Services.CreateScope())
        {
            // Behind the site's back: nothing is evicted, so the cached page must still show the old title.
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PublicationVersion>().Where(v => v.PublicationId == publication.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Title, "Hinter dem Rücken"));
        }

        Assert.Equal(before, DocumentLink(await visitor.GetPageAsync("/de/concept"), publication.Slug));
        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync($"/admin/publications/edit/{publication.Id}")).Document.FormWithField("Slug");
        var title = Unique.Name("Integrationskonzept 2026");

        var response = await form.PostMultipartAsync(staff, new Dictionary<string, string> { ["Texts[0].Title"] = title });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(title, DocumentLink(await visitor.GetPageAsync("/de/concept"), publication.Slug));
    }

    [Fact]
    public async Task LinkedDocument_UnpublishedThenDeleted_CachedConceptPageShowsThePlaceholderAgain()
    {
        var publication = await site.AddPublicationAsync(Slug(), PublishState.Published);
        await LinkAsync(publication.Id);
        using var visitor = site.CreateBrowser();
        Assert.NotNull(DocumentLink(await visitor.GetPageAsync("/de/concept"), publication.Slug));
        var staff = await site.EditorAsync();
        var edit = await staff.GetPageAsync($"/admin/publications/edit/{publication.Id}");
        var token = edit.Document.Forms.Select(f => new HtmlForm(f)).First(f => f.AntiforgeryToken is not null).AntiforgeryToken!;

        var unpublish = await staff.PostAsync(
            new Uri($"/admin/publications/unpublish/{publication.Id}", UriKind.Relative),
            new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token)]));

        Assert.Equal(HttpStatusCode.Redirect, unpublish.StatusCode);
        var page = await visitor.GetPageAsync("/de/concept");
        Assert.Null(DocumentLink(page, publication.Slug));
        Assert.NotNull(page.Document.QuerySelector("main .concept-document [data-placeholder='concept-document']"));
        Assert.DoesNotContain($"/publications/{publication.Slug}", page.Raw, StringComparison.Ordinal);

        var confirm = await staff.GetPageAsync($"/admin/publications/delete/{publication.Id}");
        var delete = await new HtmlForm(confirm.Document.QuerySelector<IHtmlFormElement>("main form")!).PostAsync(staff);

        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Null(await site.WithDbAsync(db => db.IntegrationConcepts.Select(c => c.PublicationId).SingleAsync()));
        var select = (IHtmlSelectElement)(await staff.GetPageAsync("/admin/concept/edit")).Document.FormWithField("PublicationId").Field("PublicationId");
        Assert.Equal("", select.Value);
    }

    [Fact]
    public async Task ConceptPage_FilledWithFieldAndDocument_HasNoHtmlErrors()
    {
        var publication = await site.AddPublicationAsync(Slug(), PublishState.Published, arabicSummary: "ملخص");
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Aufgabe")).Build());
        var partner = await new PartnerBuilder().InsertAsync(site);
        await new FieldOfActionBuilder().WithTranslation("de", "Feld", "Ziel mit **fett**.", "Eins", "Zwei")
            .WithTranslation("ar", "مجال", "هدف", "واحد").WithOffer(offer.Id).WithPartner(partner.Id).InsertAsync(site);
        await LinkAsync(publication.Id);
        var client = site.CreateClient();
        var documents = new Dictionary<string, string>();

        foreach (var culture in new[] { "de", "en", "ar" })
        {
            var page = await client.GetPageAsync($"/{culture}/concept");
            Assert.NotNull(page.Document.QuerySelector("main .concept-document a[data-concept-document]"));
            documents[$"/{culture}/concept"] = page.Raw;
        }

        var errors = await HtmlChecker.ErrorsAsync(documents);

        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    private async Task<HttpResponseMessage> LinkAsync(int publicationId, string? purpose = null)
    {
        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync("/admin/concept/edit")).Document.FormWithField("PublicationId");
        var changes = new Dictionary<string, string> { ["PublicationId"] = Id(publicationId) };
        if (purpose is not null)
        {
            changes[AdminOfferForm.GermanField(form, "Purpose")] = purpose;
        }

        return await form.PostAsync(staff, changes);
    }

    private static string? DocumentLink(Infrastructure.Page page, string slug) =>
        page.Document.QuerySelector($"main .concept-document a[href='/de/publications/{slug}'][data-concept-document]")?.NormalizedText();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Slug() => "konzept-" + Guid.NewGuid().ToString("N")[..8];
}
