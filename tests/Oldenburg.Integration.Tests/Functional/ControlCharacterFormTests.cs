using System.Net;

using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Functional.Suggestions;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>A NUL or other control character in a posted form must not cost the visitor their input.</summary>
[Collection(SuggestionSites.Name)]
public sealed class ControlCharacterFormTests(SuggestionSite site)
{
    [Theory]
    [InlineData("de", "Dieses Feld enthielt unsichtbare Steuerzeichen.")]
    [InlineData("ar", "احتوى هذا الحقل على رموز تحكم غير مرئية.")]
    [InlineData("en", "This field contained invisible control characters.")]
    public async Task PostSuggestion_NulInName_RerendersFormWithFieldMessageAndKeepsInput(string culture, string message)
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync($"/{culture}/partners/suggest")).Document.FormWithField("Form.Name");
        var name = Unique.Name("Verein");

        var response = await form.PostAsync(client, SuggestionFormTests.Valid(name[..3] + "\0" + name[3..], new() { ["Form.Street"] = "Haupt\u0001straße 1" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith(message, page.QuerySelector("#Form_Name-error")?.NormalizedText() ?? "", StringComparison.Ordinal);
        Assert.StartsWith(message, page.QuerySelector("#Form_Street-error")?.NormalizedText() ?? "", StringComparison.Ordinal);
        var rerendered = page.FormWithField("Form.Name");
        Assert.Equal(name, rerendered.Value("Form.Name"));
        Assert.Equal("Hauptstraße 1", rerendered.Value("Form.Street"));
        Assert.Equal("Beratung für neu zugewanderte Familien.", rerendered.Value("Form.ShortDescription"));
        Assert.False(await site.WithDbAsync(db => db.PartnerSuggestions.AnyAsync(s => s.Name == name)));
    }

    [Fact]
    public async Task PostSuggestion_NulThenCorrected_IsStored()
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/de/partners/suggest")).Document.FormWithField("Form.Name");
        var name = Unique.Name("Zweiter-Versuch");

        var first = await form.PostAsync(client, SuggestionFormTests.Valid(name + "\0"));
        var again = (await Html.ParseAsync(first)).FormWithField("Form.Name");
        var second = await again.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("/de/partners/suggest/thanks", second.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await site.WithDbAsync(db => db.PartnerSuggestions.AnyAsync(s => s.Name == name)));
    }

    [Fact]
    public async Task PostOfferEdit_NulInGermanTitle_RerendersWithGermanMessageAndSavesNothing()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Bleibt so").Build());
        using var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/offers/edit/{offer.Id}")).Document.FormWithField("Slug");
        var germanTitle = AdminOfferForm.GermanField(form, "Title");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { [germanTitle] = "Neuer\0Titel" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var message = page.QuerySelector($"[data-valmsg-for='{germanTitle}']")?.NormalizedText()
            ?? page.FormWithField(germanTitle).Field(germanTitle).Closest(".kern-form-input")?.QuerySelector(".kern-error")?.NormalizedText();
        Assert.StartsWith("Dieses Feld enthielt unsichtbare Steuerzeichen.", message ?? "", StringComparison.Ordinal);
        Assert.Equal("NeuerTitel", page.FormWithField(germanTitle).Value(germanTitle));
        Assert.Equal("Bleibt so", await AdminOfferForm.StoredGermanTitleAsync(site, offer.Id));
    }

    [Fact]
    public async Task PostPartnerEditMultipart_NulInName_RerendersWithGermanMessageAndSavesNothing()
    {
        var partner = await site.AddPartnerAsync(await site.AddLookupsAsync());
        var browser = await site.EditorAsync();
        var form = (await browser.GetPageAsync($"/admin/partners/edit/{partner.Id}")).Document.FormWithField("Name");

        var response = await form.PostMultipartAsync(browser, new Dictionary<string, string> { ["Name"] = "Neuer\0Name" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Dieses Feld enthielt unsichtbare Steuerzeichen.", page.QuerySelector("#Name-error")?.NormalizedText() ?? "", StringComparison.Ordinal);
        Assert.Equal("NeuerName", page.FormWithField("Name").Value("Name"));
        Assert.Equal(partner.Name, await site.WithDbAsync(db => db.Partners.Where(p => p.Id == partner.Id).Select(p => p.Name).SingleAsync()));
    }

    [Theory]
    [InlineData("de", "Die Anfrage konnte nicht bearbeitet werden")]
    [InlineData("ar", "تعذّرت معالجة الطلب")]
    public async Task Post_FormTooLargeToRead_Shows400PageInReadersLanguage(string culture, string heading)
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync($"/{culture}/partners/suggest")).Document.FormWithField("Form.Name");
        var changes = Enumerable.Range(0, 1100).ToDictionary(i => $"extra{i}", _ => "x");

        var response = await form.PostAsync(client, changes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")?.NormalizedText());
    }
}
