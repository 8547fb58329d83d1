using System.Net;
using System.Text.Json;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Events;

/// <summary>The public event pages on a stopped clock (15 January 2027): lists, filters, drafts, details and cross-links.</summary>
public class EventPagesTests(EventsSite fixture) : IClassFixture<EventsSite>
{
    private readonly FakeClockSite _site = fixture.Site;

    [Fact]
    public async Task Filters_TopicLanguageAndMonth_NarrowTheUpcomingList()
    {
        var health = await new EventBuilder().WithTranslation("de", Unique.Name("Gesundheitstag")).WithTopic("health").WithLanguage("uk")
            .At(new DateTime(2027, 9, 3, 10, 0, 0), new DateTime(2027, 9, 3, 12, 0, 0)).InsertAsync(_site);
        var housing = await new EventBuilder().WithTranslation("de", Unique.Name("Wohnungssuche")).WithTopic("housing").WithLanguage("tr")
            .At(new DateTime(2027, 10, 5, 10, 0, 0), new DateTime(2027, 10, 5, 12, 0, 0)).InsertAsync(_site);
        using var browser = _site.CreateBrowser();

        var all = await SlugsAsync(browser, "/de/events?page=1");
        var byTopic = await SlugsAsync(browser, "/de/events?topic=health");
        var byLanguage = await SlugsAsync(browser, "/de/events?lang=tr");
        var byMonth = await SlugsAsync(browser, "/de/events?month=2027-09");
        var nonsense = await browser.GetPageAsync("/de/events?topic=%3Cscript%3E&month=13-2027&page=abc");

        Assert.Contains(health.Slug, all);
        Assert.Contains(housing.Slug, all);
        Assert.Contains(health.Slug, byTopic);
        Assert.DoesNotContain(housing.Slug, byTopic);
        Assert.Contains(housing.Slug, byLanguage);
        Assert.DoesNotContain(health.Slug, byLanguage);
        Assert.Equal([health.Slug], byMonth.Where(s => s == health.Slug || s == housing.Slug));
        Assert.Equal(HttpStatusCode.OK, nonsense.Status);
        Assert.NotNull((await browser.GetPageAsync("/de/events")).Document.QuerySelector("select[name='month'] option[value='2027-09']"));
    }

    [Fact]
    public async Task Draft_UpcomingEvent_IsInNoListPageFeedSitemapOrPartnerPage()
    {
        var partner = await new PartnerBuilder().InsertAsync(_site);
        var draft = await new EventBuilder().Draft().ByPartner(partner.Id).InsertAsync(_site);
        using var browser = _site.CreateBrowser();

        Assert.DoesNotContain(draft.Slug, await SlugsAsync(browser, "/de/events"));
        Assert.DoesNotContain(draft.Slug, await SlugsAsync(browser, "/de/events/archive"));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/de/events/{draft.Slug}")).StatusCode);
        Assert.DoesNotContain(draft.Slug, await browser.GetStringAsync("/de/events.ics"), StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Slug, await browser.GetStringAsync("/sitemap-1.xml"), StringComparison.Ordinal);
        Assert.Null((await browser.GetPageAsync($"/de/partners/{partner.Slug}")).Document.QuerySelector(".upcoming-events"));
    }

    [Fact]
    public async Task Published_Event_IsInTheSitemap()
    {
        var item = await new EventBuilder().InsertAsync(_site);
        using var browser = _site.CreateBrowser();

        Assert.Contains($"{SiteFactory.BaseUrl}/ar/events/{item.Slug}<", await browser.GetStringAsync("/sitemap-1.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_OnlineFreeEvent_HasSchemaOrgEventJsonLdAndTimesWithOffsets()
    {
        var item = await new EventBuilder().WithTranslation("de", "Sprachcafé online").Online().WithLanguage("ar").WithLanguage("de")
            .At(new DateTime(2027, 7, 1, 18, 0, 0), new DateTime(2027, 7, 1, 19, 30, 0)).InsertAsync(_site);
        using var browser = _site.CreateBrowser();

        var page = await browser.GetPageAsync($"/de/events/{item.Slug}");

        var script = page.Document.QuerySelectorAll("script[type='application/ld+json']").Single(s => s.TextContent.Contains("\"Event\"", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("Event", root.GetProperty("@type").GetString());
        Assert.Equal("Sprachcafé online", root.GetProperty("name").GetString());
        Assert.Equal("2027-07-01T18:00:00+02:00", root.GetProperty("startDate").GetString());
        Assert.Equal("2027-07-01T19:30:00+02:00", root.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", root.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("VirtualLocation", root.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("https://meet.example.org/raum", root.GetProperty("location").GetProperty("url").GetString());
        Assert.True(root.GetProperty("isAccessibleForFree").GetBoolean());
        Assert.Equal(["ar", "de"], root.GetProperty("inLanguage").EnumerateArray().Select(l => l.GetString()).Order());
        Assert.Equal("Stabsstelle Integration", root.GetProperty("organizer").GetProperty("name").GetString());
        Assert.Equal("2027-07-01T18:00:00+02:00", page.Document.QuerySelector("time")?.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Details_PlaceEvent_HasOfflinePlaceInJsonLd()
    {
        var item = await new EventBuilder().InsertAsync(_site);
        using var browser = _site.CreateBrowser();

        var page = await browser.GetPageAsync($"/en/events/{item.Slug}");

        var script = page.Document.QuerySelectorAll("script[type='application/ld+json']").Single(s => s.TextContent.Contains("\"Event\"", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", json.RootElement.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("Place", json.RootElement.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("Markt 1", json.RootElement.GetProperty("location").GetProperty("address").GetProperty("streetAddress").GetString());
    }

    [Fact]
    public async Task PartnerAndOfferPages_UpcomingAndPastEvents_ShowOnlyTheUpcoming()
    {
        var partner = await new PartnerBuilder().InsertAsync(_site);
        var offer = await _site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Aufgabe")).Build());
        var upcoming = await new EventBuilder().ByPartner(partner.Id).WithOffer(offer.Id).InsertAsync(_site);
        var past = await new EventBuilder().ByPartner(partner.Id).WithOffer(offer.Id)
            .At(new DateTime(2026, 12, 1, 18, 0, 0), new DateTime(2026, 12, 1, 20, 0, 0)).InsertAsync(_site);
        using var browser = _site.CreateBrowser();

        foreach (var path in new[] { $"/de/partners/{partner.Slug}", $"/de/offers/{offer.Slug}" })
        {
            var section = (await browser.GetPageAsync(path)).Document.QuerySelector(".upcoming-events");
            Assert.NotNull(section?.QuerySelector($"a[href='/de/events/{upcoming.Slug}']"));
            Assert.Null(section!.QuerySelector($"a[href='/de/events/{past.Slug}']"));
        }

        var details = (await browser.GetPageAsync($"/de/events/{upcoming.Slug}")).Document;
        Assert.NotNull(details.QuerySelector($"a[href='/de/partners/{partner.Slug}']"));
        Assert.NotNull(details.QuerySelector($"a[href='/de/offers/{offer.Slug}']"));
    }

    [Fact]
    public async Task SampleEvents_Seeded_CarryTheSampleNotice()
    {
        using var browser = _site.CreateBrowser();

        var page = await browser.GetPageAsync("/de/events/beispiel-infoabend-integrationskonzept");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector(".sample-notice"));
        Assert.Contains("beispiel-schulung-migrantenselbstorganisationen", await SlugsAsync(browser, "/de/events/archive"));
    }

    internal static async Task<List<string>> SlugsAsync(HttpClient browser, string path) =>
        [.. (await browser.GetPageAsync(path)).Document.QuerySelectorAll(".event-card h3 a").Select(a => a.GetAttribute("href")!.Split('/').Last())];
}
