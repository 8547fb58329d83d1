using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.News;

namespace Oldenburg.Integration.Tests.Functional.News;

/// <summary>A site of its own, so the number of published items (three samples plus these) is known.</summary>
public class NewsListPagingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task List_MoreThanOnePage_ShowsNewestFirstAndPagesTheRest()
    {
        var start = new DateTime(2040, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 12; i++)
        {
            await site.AddNewsAsync($"seite-{i:00}", PublishState.Published, start.AddDays(i));
        }

        await site.AddNewsAsync("seite-entwurf", PublishState.Draft, start.AddDays(100));
        var client = site.CreateBrowser();

        var first = await client.GetPageAsync("/de/news");
        var second = await client.GetPageAsync($"/de/news?{NewsController.PageKey}=2");
        var firstSlugs = Slugs(first);
        var secondSlugs = Slugs(second);

        Assert.Equal(NewsQueries.PageSize, firstSlugs.Count);
        Assert.Equal("seite-11", firstSlugs[0]);
        Assert.Equal("seite-02", firstSlugs[^1]);
        Assert.Equal(["seite-01", "seite-00"], secondSlugs.Take(2));
        Assert.Equal(12 + 3 - NewsQueries.PageSize, secondSlugs.Count);
        Assert.DoesNotContain("seite-entwurf", firstSlugs.Concat(secondSlugs));
        Assert.Equal("page", first.Document.QuerySelector(".pager [aria-current=page]")?.GetAttribute("aria-current"));
        Assert.Equal("/de/news?page=2", first.Document.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/de/news", second.Document.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
    }

    private static List<string> Slugs(Infrastructure.Page page) =>
        [.. page.Document.QuerySelectorAll(".news-list h2 a").Select(a => a.GetAttribute("href")!.Split('/')[^1])];
}
