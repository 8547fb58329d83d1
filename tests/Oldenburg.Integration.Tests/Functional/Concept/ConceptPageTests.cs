using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Concept;

/// <summary>The public concept page: fields of action with goal, measures and links, and the links back from offers and partners.</summary>
[Collection(WritableSite.Name)]
public class ConceptPageTests(SiteFactory site)
{
    [Fact]
    public async Task ConceptPage_PublishedField_ShowsGoalMeasuresAndLinksToTasksAndPartners()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Aufgabe im Feld")).Build());
        var partner = await new PartnerBuilder().InsertAsync(site);
        var title = Unique.Name("Bildung und Sprache");
        var field = await new FieldOfActionBuilder()
            .WithTranslation("de", title, "Alle Kinder lernen **gut** Deutsch.", "Erste Maßnahme", "Zweite Maßnahme")
            .WithOffer(offer.Id).WithPartner(partner.Id)
            .InsertAsync(site);
        using var visitor = site.CreateBrowser();

        var page = await visitor.GetPageAsync("/de/concept");

        PageAssert.LocalizedPage(page, "de", "/concept");
        var section = page.Document.GetElementById($"field-{field.Slug}");
        Assert.NotNull(section);
        Assert.Equal(title, section.QuerySelector("h3")?.NormalizedText());
        Assert.Equal("gut", section.QuerySelector("strong")?.NormalizedText());
        Assert.Equal(["Erste Maßnahme", "Zweite Maßnahme"], section.QuerySelectorAll("div ul li").Select(li => li.NormalizedText()));
        Assert.NotNull(section.QuerySelector($"a[href='/de/offers/{offer.Slug}']"));
        Assert.Equal(partner.Name, section.QuerySelector($"a[href='/de/partners/{partner.Slug}']")?.NormalizedText());
        Assert.NotNull(page.Document.QuerySelector($"main nav a[href='#field-{field.Slug}']"));
    }

    [Fact]
    public async Task OfferAndPartnerPages_LinkedByPublishedField_LinkBackToItsAnchor()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Aufgabe")).Build());
        var partner = await new PartnerBuilder().InsertAsync(site);
        var title = Unique.Name("Arbeit und Ausbildung");
        var field = await new FieldOfActionBuilder().WithTranslation("de", title).WithOffer(offer.Id).WithPartner(partner.Id).InsertAsync(site);
        using var visitor = site.CreateBrowser();

        foreach (var path in new[] { $"/de/offers/{offer.Slug}", $"/de/partners/{partner.Slug}" })
        {
            var page = await visitor.GetPageAsync(path);
            var backLinks = page.Document.QuerySelector("main .concept-links");
            Assert.NotNull(backLinks);
            Assert.Equal("Handlungsfelder des Integrationskonzepts", backLinks.QuerySelector("h2")?.NormalizedText());
            Assert.Equal(title, backLinks.QuerySelector($"a[href='/de/concept#field-{field.Slug}']")?.NormalizedText());
        }
    }

    [Fact]
    public async Task DraftField_IsHiddenFromConceptPageBackLinksAndSitemap()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Aufgabe")).Build());
        var partner = await new PartnerBuilder().InsertAsync(site);
        var title = Unique.Name("Entwurf eines Handlungsfelds");
        var draft = await new FieldOfActionBuilder().WithTranslation("de", title).WithOffer(offer.Id).WithPartner(partner.Id).Draft().InsertAsync(site);
        using var visitor = site.CreateBrowser();

        var concept = await visitor.GetPageAsync("/de/concept");
        var offerPage = await visitor.GetPageAsync($"/de/offers/{offer.Slug}");
        var partnerPage = await visitor.GetPageAsync($"/de/partners/{partner.Slug}");
        var sitemap = await visitor.GetStringAsync(new Uri("/sitemap-1.xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, concept.Status);
        Assert.DoesNotContain(title, concept.Raw, StringComparison.Ordinal);
        Assert.Null(concept.Document.GetElementById($"field-{draft.Slug}"));
        Assert.Null(offerPage.Document.QuerySelector(".concept-links"));
        Assert.Null(partnerPage.Document.QuerySelector(".concept-links"));
        Assert.Contains("/de/concept", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Slug, sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedField_UnpublishedOfferAndPartner_AreNotLinked()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Entwurfsaufgabe")).Draft().Build());
        var partner = await new PartnerBuilder().Draft().InsertAsync(site);
        var field = await new FieldOfActionBuilder().WithTranslation("de", Unique.Name("Feld")).WithOffer(offer.Id).WithPartner(partner.Id).InsertAsync(site);
        using var visitor = site.CreateBrowser();

        var page = await visitor.GetPageAsync("/de/concept");

        var section = page.Document.GetElementById($"field-{field.Slug}");
        Assert.NotNull(section);
        Assert.DoesNotContain(offer.Slug, page.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain(partner.Slug, page.Raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task ConceptPage_FieldWithoutTranslation_ShowsGermanWithNotice(string culture)
    {
        var german = Unique.Name("Nur Deutsch");
        var translated = Unique.Name("Translated");
        var fallback = await new FieldOfActionBuilder().WithTranslation("de", german, "Deutsches Ziel", "Deutsche Maßnahme").InsertAsync(site);
        var localized = await new FieldOfActionBuilder().WithTranslation("de", Unique.Name("Übersetzt")).WithTranslation(culture, translated).InsertAsync(site);
        using var visitor = site.CreateBrowser();

        var page = await visitor.GetPageAsync($"/{culture}/concept");

        PageAssert.LocalizedPage(page, culture, "/concept");
        var fallbackSection = page.Document.GetElementById($"field-{fallback.Slug}")!;
        Assert.Equal(german, fallbackSection.QuerySelector("h3")?.NormalizedText());
        Assert.Equal("de", fallbackSection.QuerySelector("h3")?.Closest("[lang]")?.GetAttribute("lang"));
        Assert.NotNull(fallbackSection.QuerySelector(".fallback-notice"));
        var localizedSection = page.Document.GetElementById($"field-{localized.Slug}")!;
        Assert.Equal(translated, localizedSection.QuerySelector("h3")?.NormalizedText());
        Assert.Equal(culture, localizedSection.QuerySelector("h3")?.Closest("[lang]")?.GetAttribute("lang"));
        Assert.Null(localizedSection.QuerySelector(".fallback-notice"));
    }

    [Theory]
    [InlineData("de", false)]
    [InlineData("en", true)]
    [InlineData("ar", true)]
    public async Task ConceptPage_SeededText_MarksPlaceholdersAndTheMissingDocument(string culture, bool fallback)
    {
        using var visitor = site.CreateBrowser();

        var page = await visitor.GetPageAsync($"/{culture}/concept");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Vielfalt gemeinsam gestalten", page.Document.QuerySelector("main h1")?.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("[Bitte ergänzen", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main .sample-notice"));
        var document = page.Document.QuerySelector("main .concept-document");
        Assert.NotNull(document?.QuerySelector(".sample-notice"));
        Assert.NotNull(document?.QuerySelector("[data-placeholder='concept-document']"));
        Assert.Equal(fallback, page.Document.QuerySelectorAll("main .fallback-notice").Any(n => n.Closest(".concept-field") is null));
    }

    [Theory]
    [InlineData("de", "Integrationskonzept")]
    [InlineData("en", "Integration concept")]
    public async Task SiteNavigation_EveryPage_LinksToConcept(string culture, string label)
    {
        using var visitor = site.CreateBrowser();

        var page = await visitor.GetPageAsync($"/{culture}/offers");

        Assert.Equal(label, page.Document.QuerySelector($"nav.site-nav a[href='/{culture}/concept']")?.NormalizedText());
    }
}
