using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public class TranslationFallbackTests(SiteFactory site)
{
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("tr")]
    [InlineData("ru")]
    [InlineData("uk")]
    [InlineData("fa")]
    [InlineData("pl")]
    public async Task GetOfferDetails_TranslationMissing_ShowsGermanWithNotice(string culture)
    {
        var offer = await site.InsertAsync(new OfferBuilder()
            .WithTranslation("de", "Nur auf Deutsch", summary: "Eine deutsche Kurzbeschreibung")
            .Build());
        using var client = site.CreateBrowser();

        var page = await client.GetPageAsync($"/{culture}/offers/{offer.Slug}");

        PageAssert.LocalizedPage(page, culture, $"/offers/{offer.Slug}");
        Assert.Equal("Nur auf Deutsch", page.Document.QuerySelector("main h1")?.NormalizedText());
        Assert.Contains("Eine deutsche Kurzbeschreibung", page.Text, StringComparison.Ordinal);
        var notice = page.Document.QuerySelector(".fallback-notice");
        Assert.NotNull(notice);
        Assert.False(string.IsNullOrWhiteSpace(notice.NormalizedText()));
        Assert.Equal("de", page.Document.QuerySelector("main h1")?.Closest("[lang]")?.GetAttribute("lang"));
    }

    [Fact]
    public async Task GetOfferDetails_GermanPageOfGermanOnlyOffer_ShowsNoNotice()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Deutsch ohne Hinweis").Build());
        using var client = site.CreateBrowser();

        var page = await client.GetPageAsync($"/de/offers/{offer.Slug}");

        Assert.Equal("Deutsch ohne Hinweis", page.Document.QuerySelector("main h1")?.NormalizedText());
        Assert.Null(page.Document.QuerySelector(".fallback-notice"));
    }

    [Fact]
    public async Task GetOfferList_TranslationMissing_ListsGermanTitleMarkedAsGerman()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Liste nur Deutsch").Build());
        using var client = site.CreateBrowser();

        var page = await client.GetPageAsync("/en/offers");

        var link = page.Document.QuerySelector($"main a[href='/en/offers/{offer.Slug}']");
        Assert.NotNull(link);
        Assert.Equal("Liste nur Deutsch", link.NormalizedText());
        Assert.Equal("de", link.Closest("[lang]")?.GetAttribute("lang"));
    }
}
