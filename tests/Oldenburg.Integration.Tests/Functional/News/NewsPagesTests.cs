using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.News;

[Collection(WritableSite.Name)]
public class NewsPagesTests(SiteFactory site)
{
    [Fact]
    public async Task Details_Published_ShowsDateImageWithAltTextBodyAndLinkedTask()
    {
        var slug = Unique.Name("meldung");
        await site.AddNewsAsync(slug, PublishState.Published, new DateTime(2031, 3, 4, 9, 0, 0, DateTimeKind.Utc), offerSlug: "elternarbeit", withImage: true);

        var page = await site.CreateBrowser().GetPageAsync($"/de/news/{slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("2031-03-04", page.Document.QuerySelector("article time")?.GetAttribute("datetime"));
        var image = page.Document.QuerySelector("article img");
        Assert.Equal($"Bild zu {slug}", image?.GetAttribute("alt"));
        Assert.Equal("<strong>" + slug + "</strong>", page.Document.QuerySelector("article strong")?.OuterHtml);
        Assert.Contains(page.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/de/offers/elternarbeit");
        var served = await site.CreateBrowser().GetAsync(new Uri(image!.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal(NewsData.TinyPng, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Details_ArabicReader_GetsArabicTextAndFeedLinkInTheHead()
    {
        var slug = Unique.Name("meldung");
        await site.AddNewsAsync(slug, PublishState.Published, arabicTitle: "خبر عربي");

        var page = await site.CreateBrowser().GetPageAsync($"/ar/news/{slug}");

        Assert.Equal("خبر عربي", page.Document.QuerySelector("h1")?.TextContent.Trim('\u2068', '\u2069'));
        var feed = page.Document.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
        Assert.Equal($"{SiteFactory.BaseUrl}/ar/news/feed.atom", feed?.GetAttribute("href"));
    }

    [Theory]
    [InlineData(PublishState.Draft)]
    [InlineData(PublishState.InReview)]
    public async Task Unpublished_IsHiddenFromListDetailFeedSitemapImageAndTaskPage(PublishState state)
    {
        var slug = Unique.Name("entwurf");
        var item = await site.AddNewsAsync(slug, state, DateTime.UtcNow.AddYears(50), offerSlug: "integrationsmonitor", withImage: true);
        var client = site.CreateBrowser();

        Assert.DoesNotContain(slug, await client.GetStringAsync(new Uri("/de/news", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/de/news/{slug}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(slug, await client.GetStringAsync(new Uri("/de/news/feed.atom", UriKind.Relative)));
        Assert.DoesNotContain(slug, await client.GetStringAsync(new Uri("/sitemap-1.xml", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/news/{slug}/image", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(slug, await client.GetStringAsync(new Uri("/de/offers/integrationsmonitor", UriKind.Relative)));

        // The same checks see the item once it is published, or they prove nothing.
        await site.WithDbAsync(db => db.News.Where(n => n.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.State, PublishState.Published)));
        Assert.Contains(slug, await client.GetStringAsync(new Uri("/de/news", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/de/news/{slug}", UriKind.Relative))).StatusCode);
        Assert.Contains(slug, await client.GetStringAsync(new Uri("/de/news/feed.atom", UriKind.Relative)));
        Assert.Contains(slug, await client.GetStringAsync(new Uri("/sitemap-1.xml", UriKind.Relative)));
        Assert.Contains(slug, await client.GetStringAsync(new Uri("/de/offers/integrationsmonitor", UriKind.Relative)));
    }

    [Fact]
    public async Task SampleItems_AreSeededOnceAndMarkedOnTheirPages()
    {
        var samples = await site.WithDbAsync(db => db.News.Where(n => n.Slug.StartsWith("beispiel-")).Select(n => n.Slug).ToListAsync());

        Assert.Equal(3, samples.Count);
        foreach (var slug in samples)
        {
            var page = await site.CreateBrowser().GetPageAsync($"/en/news/{slug}");
            Assert.NotNull(page.Document.QuerySelector(".sample-notice"));
            Assert.StartsWith("Sample", page.Document.QuerySelector("h1")!.TextContent.Trim('\u2068', '\u2069'));
        }
    }
}
