using System.Net;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public class PublishStateTests(SiteFactory site)
{
    [Fact]
    public async Task Get_DraftOffer_NeverShownInAnyCulture()
    {
        var draft = await site.InsertAsync(new OfferBuilder()
            .WithTranslation("de", "Entwurf nicht zeigen")
            .WithTranslation("en", "Draft do not show")
            .WithTranslation("ar", "مسودة لا تعرض")
            .WithSortOrder(0)
            .Draft()
            .Build());
        using var client = site.CreateBrowser();

        foreach (var culture in PageAssert.Cultures)
        {
            var details = await client.GetPageAsync($"/{culture}/offers/{draft.Slug}");
            Assert.Equal(HttpStatusCode.NotFound, details.Status);
            PageAssert.NoStackTrace(details);

            foreach (var listing in new[] { $"/{culture}/", $"/{culture}/offers" })
            {
                var page = await client.GetPageAsync(listing);
                Assert.Equal(HttpStatusCode.OK, page.Status);
                Assert.NotEmpty(PageAssert.LinkedOfferSlugs(page.Document, culture));
                Assert.DoesNotContain(draft.Slug, PageAssert.LinkedOfferSlugs(page.Document, culture));
                Assert.DoesNotContain(draft.Slug, page.Raw, StringComparison.Ordinal);
                // A language without its own text of the draft would show the German title.
                var title = (draft.Translations.SingleOrDefault(t => t.Culture == culture) ?? draft.Translations.Single(t => t.Culture == "de")).Title;
                Assert.DoesNotContain(title, page.Raw, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Get_PublishedTestOffer_ShownOnDetailsStartAndList()
    {
        // The counterpart of the draft test: the same builder and pages, only published, so the draft test cannot pass vacuously.
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Veröffentlicht sichtbar").Published().Build());
        using var client = site.CreateBrowser();

        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync($"/de/offers/{offer.Slug}")).Status);
        Assert.Contains(offer.Slug, PageAssert.LinkedOfferSlugs((await client.GetPageAsync("/de/")).Document, "de"));
        Assert.Contains(offer.Slug, PageAssert.LinkedOfferSlugs((await client.GetPageAsync("/de/offers")).Document, "de"));
    }
}
