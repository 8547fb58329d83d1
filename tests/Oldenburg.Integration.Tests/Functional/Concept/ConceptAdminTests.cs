using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Functional.Caching;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Concept;

/// <summary>
/// Fields of action and the concept text edited through the admin forms, with the public pages read
/// before the write so that each one is in the output cache: what shows afterwards was evicted.
/// </summary>
[Collection(CachingSite.Name)]
public class ConceptAdminTests(CachingSite site)
{
    [Fact]
    public async Task CreateField_CachedOfferPartnerAndConceptPages_ShowItAfterSave()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Aufgabe")).Build());
        var partner = await new PartnerBuilder().InsertAsync(site);
        using var visitor = site.CreateBrowser();
        var paths = new[] { $"/de/offers/{offer.Slug}", $"/de/partners/{partner.Slug}", "/de/concept" };
        foreach (var path in paths)
        {
            Assert.Null((await visitor.GetPageAsync(path)).Document.QuerySelector(".concept-links, .concept-field a[href*='/offers/" + offer.Slug + "']"));
        }

        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync("/admin/fieldsofaction/create")).Document.FormWithField("Slug");
        var slug = Unique.Name("teilhabe");
        var title = Unique.Name("Teilhabe");
        var response = await form.PostAsync(staff, new Dictionary<string, string>
        {
            ["Slug"] = slug,
            ["State"] = "Published",
            ["OfferIds"] = offer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PartnerIds"] = partner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [AdminOfferForm.GermanField(form, "Title")] = title,
            [AdminOfferForm.GermanField(form, "Goal")] = "Alle wirken mit.",
            [AdminOfferForm.GermanField(form, "Measures")] = "- Erste Maßnahme\n\n- Zweite Maßnahme",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        foreach (var path in paths.Take(2))
        {
            var link = (await visitor.GetPageAsync(path)).Document.QuerySelector($".concept-links a[href='/de/concept#field-{slug}']");
            Assert.True(link?.NormalizedText() == title, $"{path} shows no link back to the new field of action.");
        }

        var section = (await visitor.GetPageAsync("/de/concept")).Document.GetElementById($"field-{slug}");
        Assert.NotNull(section?.QuerySelector($"a[href='/de/offers/{offer.Slug}']"));
        Assert.NotNull(section?.QuerySelector($"a[href='/de/partners/{partner.Slug}']"));
        Assert.Equal(["Erste Maßnahme", "Zweite Maßnahme"], section!.QuerySelectorAll("div ul li").Select(li => li.NormalizedText()));
    }

    [Fact]
    public async Task UnpublishField_CachedOfferPage_LosesTheBackLink()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Aufgabe")).Build());
        var field = await new FieldOfActionBuilder().WithTranslation("de", Unique.Name("Feld")).WithOffer(offer.Id).InsertAsync(site);
        using var visitor = site.CreateBrowser();
        Assert.NotNull((await visitor.GetPageAsync($"/de/offers/{offer.Slug}")).Document.QuerySelector(".concept-links"));
        var staff = await site.EditorAsync();
        var signed = await staff.GetPageAsync($"/admin/fieldsofaction/edit/{field.Id}");

        var response = await staff.PostAsync(new Uri($"/admin/fieldsofaction/unpublish/{field.Id}", UriKind.Relative), new FormUrlEncodedContent(
            [new(HtmlForm.AntiforgeryField, signed.Document.Forms.Select(f => new HtmlForm(f)).First(f => f.AntiforgeryToken is not null).AntiforgeryToken!)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await visitor.GetPageAsync($"/de/offers/{offer.Slug}")).Document.QuerySelector(".concept-links"));
        Assert.Null((await visitor.GetPageAsync("/de/concept")).Document.GetElementById($"field-{field.Slug}"));
    }

    [Fact]
    public async Task SaveOffer_CachedConceptPage_ShowsTheNewOfferTitle()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Alter Titel")).Build());
        var field = await new FieldOfActionBuilder().WithTranslation("de", Unique.Name("Feld")).WithOffer(offer.Id).InsertAsync(site);
        using var visitor = site.CreateBrowser();
        await visitor.GetPageAsync("/de/concept");
        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync($"/admin/offers/edit/{offer.Id}")).Document.FormWithField("Slug");
        var newTitle = Unique.Name("Neuer Titel");

        var response = await form.PostAsync(staff, new Dictionary<string, string> { [AdminOfferForm.GermanField(form, "Title")] = newTitle });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var section = (await visitor.GetPageAsync("/de/concept")).Document.GetElementById($"field-{field.Slug}");
        Assert.Equal(newTitle, section?.QuerySelector($"a[href='/de/offers/{offer.Slug}']")?.NormalizedText());
    }

    [Fact]
    public async Task SaveConceptText_CachedConceptPage_ShowsTheNewText()
    {
        using var visitor = site.CreateBrowser();
        await visitor.GetPageAsync("/de/concept");
        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync("/admin/concept/edit")).Document.FormWithField("LoadedVersion");
        var purpose = Unique.Name("Das Konzept dient allen");

        var response = await form.PostAsync(staff, new Dictionary<string, string> { [AdminOfferForm.GermanField(form, "Purpose")] = purpose });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(purpose, (await visitor.GetPageAsync("/de/concept")).Text, StringComparison.Ordinal);
        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectType == "concept")));
    }

    [Fact]
    public async Task CreateField_UnknownOfferOrPartner_IsRefusedWithMessageAndNothingSaved()
    {
        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync("/admin/fieldsofaction/create")).Document.FormWithField("Slug");
        var slug = Unique.Name("ungueltig");

        var response = await form.PostAsync(staff, new Dictionary<string, string>
        {
            ["Slug"] = slug,
            ["OfferIds"] = "987654",
            ["PartnerIds"] = "987654",
            [AdminOfferForm.GermanField(form, "Title")] = "Titel",
            [AdminOfferForm.GermanField(form, "Goal")] = "Ziel",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Eine gewählte Aufgabe gibt es nicht mehr", page.Body!.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("Ein gewählter Partner ist nicht mehr im Verzeichnis", page.Body!.NormalizedText(), StringComparison.Ordinal);
        Assert.False(await site.WithDbAsync(db => db.FieldsOfAction.AnyAsync(f => f.Slug == slug)));
    }
}
