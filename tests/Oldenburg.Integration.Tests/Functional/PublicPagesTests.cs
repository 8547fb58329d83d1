using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(ReadOnlySite.Name)]
public class PublicPagesTests(SiteFactory site)
{
    public static TheoryData<string, string> PagesInEveryCulture()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in PageAssert.Cultures)
        {
            foreach (var path in new[] { "/", "/offers", $"/offers/{SeededOffers.FirstSlug}", "/contact" })
            {
                data.Add(culture, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInEveryCulture))]
    public async Task Get_PublicPage_IsLocalizedWithAlternatesAndLanguageSwitcher(string culture, string path)
    {
        using var client = site.CreateBrowser();

        var page = await client.GetPageAsync($"/{culture}{path}");

        PageAssert.LocalizedPage(page, culture, path);
    }

    [Theory]
    [InlineData("de", "/")]
    [InlineData("en", "/")]
    [InlineData("ar", "/")]
    [InlineData("de", "/offers")]
    [InlineData("en", "/offers")]
    [InlineData("ar", "/offers")]
    public async Task Get_StartOrOfferList_ListsTheNinePublishedOffersInPageLanguage(string culture, string path)
    {
        using var client = site.CreateBrowser();

        var page = await client.GetPageAsync($"/{culture}{path}");

        Assert.Equal(SeededOffers.All.Select(o => o.Slug), PageAssert.LinkedOfferSlugs(page.Document, culture));
        foreach (var offer in SeededOffers.All)
        {
            var link = page.Document.QuerySelector($"main a[href='/{culture}/offers/{offer.Slug}']");
            Assert.NotNull(link);
            Assert.Equal(SeededOffers.Title(offer, culture), link.NormalizedText());
        }

        Assert.Null(page.Document.QuerySelector(".fallback-notice, .fallback-hint"));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task GetOfferDetails_SeededOffer_ShowsTitleInPageLanguage(string culture)
    {
        using var client = site.CreateBrowser();
        var offer = SeededOffers.All[0];

        var page = await client.GetPageAsync($"/{culture}/offers/{offer.Slug}");

        Assert.Equal(SeededOffers.Title(offer, culture), page.Document.QuerySelector("main h1")?.NormalizedText());
        Assert.Null(page.Document.QuerySelector(".fallback-notice"));
    }
}
