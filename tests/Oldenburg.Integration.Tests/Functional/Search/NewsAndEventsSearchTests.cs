using Oldenburg.Integration.Tests.Functional.News;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using static Oldenburg.Integration.Tests.Functional.Search.SiteSearchData;

namespace Oldenburg.Integration.Tests.Functional.Search;

/// <summary>News and events are search sources like the other types: their own groups, drafts never found.</summary>
[Collection(WritableSite.Name)]
public class NewsAndEventsSearchTests(SiteFactory site)
{
    [Fact]
    public async Task Search_PublishedNewsAndUpcomingEvent_AreFoundInTheirGroups_DraftsAreNot()
    {
        var token = Token();
        var news = await site.AddNewsAsync($"meldung-{token}", PublishState.Published);
        await site.AddNewsAsync($"entwurf-{token}", PublishState.Draft);
        var upcoming = await new EventBuilder().WithTranslation("de", $"Sprachcafé {token}", $"Treffen zum Üben {token}").InsertAsync(site);
        await new EventBuilder().WithTranslation("de", $"Entwurf {token}").Draft().InsertAsync(site);

        var page = await site.CreateClient().GetPageAsync($"/de/search?q={Uri.EscapeDataString(token)}");

        Assert.Equal([$"/de/news/{news.Slug}"], Links(page, "news"));
        Assert.Equal([$"/de/events/{upcoming.Slug}"], Links(page, "events"));
        Assert.Contains("Neuigkeiten", page.Document.QuerySelector("#search-group-news")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Veranstaltungen", page.Document.QuerySelector("#search-group-events")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ArabicReader_FindsTheArabicNewsTitleAndTheGermanOne()
    {
        var token = Token();
        var news = await site.AddNewsAsync($"nachricht-{token}", PublishState.Published, arabicTitle: $"أخبار {token}");

        var arabic = await site.CreateClient().GetPageAsync($"/ar/search?q={Uri.EscapeDataString("اخبار " + token)}");
        var german = await site.CreateClient().GetPageAsync($"/ar/search?q={Uri.EscapeDataString("Titel " + token)}");

        Assert.Equal([$"/ar/news/{news.Slug}"], Links(arabic, "news"));
        Assert.Equal([$"/ar/news/{news.Slug}"], Links(german, "news"));
    }

    private static List<string?> Links(Infrastructure.Page page, string group) =>
        [.. page.Document.QuerySelectorAll($"#search-group-{group} .search-hit a").Select(a => a.GetAttribute("href"))];
}
