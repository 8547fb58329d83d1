using System.Net;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Markup;

/// <summary>
/// Every kind of public page, in every language, answers with its status in the page's language and
/// direction, and is valid HTML by the W3C Nu Html Checker.
/// </summary>
[Collection(WritableSite.Name)]
public class HtmlValidityTests(SiteFactory site)
{
    /// <summary>Every element rich text can produce, including a link and a "#" heading that is clamped.</summary>
    private const string RichText = "Einleitung mit **fett** und *kursiv*.\nZweite Zeile.\n\n# Eins\n\n## Abschnitt\n\n### Unterabschnitt\n\n- Punkt\n- [Link](https://example.org)\n\n2. zwei\n3. drei\n\n> Zitat mit `Code`\n\n---\n\nSiehe www.oldenburg.de";

    [Fact]
    public async Task PublicPages_AllCultures_HaveNoHtmlErrors()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Gültiges Angebot (Test)", body: RichText).Build());
        var partner = await new PartnerBuilder().WithPhone("0441 235-0").WithText("de", "Kurz.", RichText).InsertAsync(site);
        await new FieldOfActionBuilder().WithTranslation("de", "Gültiges Handlungsfeld (Test)", RichText, "Erste Maßnahme", "Zweite Maßnahme")
            .WithOffer(offer.Id).WithPartner(partner.Id).InsertAsync(site);
        var news = await News.NewsData.AddNewsAsync(site, Unique.Name("gueltig"), Web.Domain.PublishState.Published, offerSlug: offer.Slug, withImage: true, arabicTitle: "خبر");
        var client = site.CreateClient();
        var documents = new Dictionary<string, string>();

        foreach (var culture in PageAssert.Cultures)
        {
            foreach (var (path, status) in PublicPages(culture, offer.Slug, partner.Slug).Append(($"/{culture}/news", 200)).Append(($"/{culture}/news/{news.Slug}", 200)))
            {
                var page = await client.GetPageAsync(path);
                Assert.True((int)page.Status == status, $"{path} answered {(int)page.Status}, expected {status}.");
                Assert.Equal((culture, PageAssert.RightToLeft.Contains(culture) ? "rtl" : "ltr"), (page.Document.DocumentElement.GetAttribute("lang"), page.Document.DocumentElement.GetAttribute("dir")));
                documents[path] = page.Raw;
            }
        }

        var errors = await HtmlChecker.ErrorsAsync(documents);

        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    private static IEnumerable<(string Path, int Status)> PublicPages(string culture, string offerSlug, string partnerSlug) =>
    [
        ($"/{culture}/", 200),
        ($"/{culture}/offers", 200),
        ($"/{culture}/offers/{offerSlug}", 200),
        ($"/{culture}/contact", 200),
        ($"/{culture}/contact/message", 200),
        ($"/{culture}/contact/thanks", 200),
        ($"/{culture}/contact/barrier?from=%2F{culture}%2Foffers", 200),
        ($"/{culture}/contact/barrier/thanks", 200),
        ($"/{culture}/pages/impressum", 200),
        ($"/{culture}/pages/datenschutz", 200),
        ($"/{culture}/pages/barrierefreiheit", 200),
        ($"/{culture}/partners", 200),
        ($"/{culture}/partners?topic=health&lang=ar&barrierfree=true&q=beratung", 200),
        ($"/{culture}/partners?q=zzzz-nothing-matches", 200),
        ($"/{culture}/partners/{partnerSlug}", 200),
        ($"/{culture}/partners/print?topic=health", 200),
        ($"/{culture}/partners/open-data", 200),
        ($"/{culture}/partners/suggest", 200),
        ($"/{culture}/partners/suggest?partner={partnerSlug}", 200),
        ($"/{culture}/partners/suggest/thanks", 200),
        ($"/{culture}/concept", 200),
        ($"/{culture}/links", 200),
        ($"/{culture}/links?topic=health&lang=tr", 200),
        ($"/{culture}/publications", 200),
        ($"/{culture}/publications?lang=ar&year=2025", 200),
        ($"/{culture}/publications/beispiel-willkommensbroschuere", 200),
        ($"/{culture}/events", 200),
        ($"/{culture}/events/archive", 200),
        ($"/{culture}/events/beispiel-elternabend-bildung", 200),
        ($"/{culture}/monitor", 200),
        ($"/{culture}/monitor/anteil-migrationshintergrund", 200),
        ($"/{culture}/monitor/anteil-migrationshintergrund/districts?year=2021", 200),
        ($"/{culture}/monitor/einbuergerungen", 200),
        ($"/{culture}/search?q=g%C3%BCltiges+ma%C3%9Fnahme", 200),
        ($"/{culture}/search?q=beratung", 200),
        ($"/{culture}/search?q=", 200),
        ($"/{culture}/search?q=%00%22%3C%3E{new string('x', 201)}", 200),
        ($"/{culture}/does-not-exist", (int)HttpStatusCode.NotFound),
    ];
}
