using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Translations;

/// <summary>Seeded translations carry no review mark, so their pages say the German text is authoritative (ADR 0037).</summary>
[Collection(ReadOnlySite.Name)]
public class SeededTranslationNoticeTests(SiteFactory site)
{
    private const string Notice = ".translation-unreviewed";

    [Theory]
    [InlineData("tr")]
    [InlineData("fa")]
    public async Task SeededOffer_InNewLanguage_ShowsOneUnreviewedNotice(string culture)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/offers/{SeededOffers.FirstSlug}");

        var notice = Assert.Single(page.Document.QuerySelectorAll(Notice));
        Assert.Equal("note", notice.GetAttribute("role"));
        Assert.Equal($"/de/offers/{SeededOffers.FirstSlug}", notice.QuerySelector("a")?.GetAttribute("href"));
        Assert.Null(page.Document.QuerySelector(".fallback-notice"));
    }

    [Fact]
    public async Task SeededOffer_InGerman_ShowsNoNotice()
    {
        var page = await site.CreateClient().GetPageAsync($"/de/offers/{SeededOffers.FirstSlug}");

        Assert.Null(page.Document.QuerySelector(Notice));
    }

    [Theory]
    [InlineData("/ru/offers")]
    [InlineData("/ru/contact")]
    [InlineData("/ru/")]
    public async Task SeededTexts_OnListAndOfficePages_ShowTheNoticeOnce(string path)
    {
        var page = await site.CreateClient().GetPageAsync(path);

        Assert.Single(page.Document.QuerySelectorAll(Notice));
    }
}
