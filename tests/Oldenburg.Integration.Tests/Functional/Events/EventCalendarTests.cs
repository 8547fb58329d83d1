using System.Net;
using Ical.Net;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Events;

/// <summary>Both iCalendar forms, parsed back with Ical.Net: the per-event file and the feed of all upcoming events.</summary>
public class EventCalendarTests(EventsSite fixture) : IClassFixture<EventsSite>
{
    private readonly FakeClockSite _site = fixture.Site;

    [Fact]
    public async Task EventFile_NightAcrossTheClockChange_ParsesToTheRightInstantsInBerlinTime()
    {
        var item = await new EventBuilder().WithTranslation("de", "Nachtcafé").At(new DateTime(2027, 3, 27, 22, 0, 0), new DateTime(2027, 3, 28, 4, 0, 0)).InsertAsync(_site);
        using var browser = _site.CreateBrowser();

        var response = await browser.GetAsync($"/de/events/{item.Slug}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20270327T220000", text, StringComparison.Ordinal);
        var entry = Assert.Single(Calendar.Load(text)!.Events);
        Assert.Equal("Nachtcafé", entry.Summary);
        Assert.Equal("Europe/Berlin", entry.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 3, 27, 21, 0, 0, DateTimeKind.Utc), entry.DtStart.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 28, 2, 0, 0, DateTimeKind.Utc), entry.DtEnd!.AsUtc);
        Assert.Equal(TimeSpan.FromHours(5), entry.DtEnd.AsUtc - entry.DtStart.AsUtc);
        Assert.Equal($"event-{item.Slug}@integration.test", entry.Uid);
        Assert.Equal(new Uri($"{SiteFactory.BaseUrl}/de/events/{item.Slug}"), entry.Url);
    }

    [Fact]
    public async Task Feed_UpcomingPastAndDraft_HoldsOnlyTheUpcomingWithStableUids()
    {
        var upcoming = await new EventBuilder().At(new DateTime(2027, 3, 27, 22, 0, 0), new DateTime(2027, 3, 28, 4, 0, 0)).InsertAsync(_site);
        var allDay = await new EventBuilder().AllDay(new DateOnly(2027, 4, 10), new DateOnly(2027, 4, 11)).InsertAsync(_site);
        var past = await new EventBuilder().At(new DateTime(2027, 1, 10, 18, 0, 0), new DateTime(2027, 1, 10, 20, 0, 0)).InsertAsync(_site);
        var draft = await new EventBuilder().Draft().InsertAsync(_site);
        using var browser = _site.CreateBrowser();

        var response = await browser.GetAsync("/en/events.ics");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Europe/Berlin");
        var uids = calendar.Events.Select(e => e.Uid).ToList();
        Assert.Contains($"event-{upcoming.Slug}@integration.test", uids);
        Assert.DoesNotContain($"event-{past.Slug}@integration.test", uids);
        Assert.DoesNotContain($"event-{draft.Slug}@integration.test", uids);
        var night = calendar.Events.Single(e => e.Uid == $"event-{upcoming.Slug}@integration.test");
        Assert.Equal(TimeSpan.FromHours(5), night.DtEnd!.AsUtc - night.DtStart!.AsUtc);
        Assert.Equal(new Uri($"{SiteFactory.BaseUrl}/en/events/{upcoming.Slug}"), night.Url);
        var day = calendar.Events.Single(e => e.Uid == $"event-{allDay.Slug}@integration.test");
        Assert.False(day.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2027, 4, 10), day.DtStart.Date);
        Assert.Equal(new DateOnly(2027, 4, 12), day.DtEnd!.Date);
    }

    [Fact]
    public async Task EventFile_Draft_IsNotFound()
    {
        var draft = await new EventBuilder().Draft().InsertAsync(_site);
        using var browser = _site.CreateBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/de/events/{draft.Slug}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/de/events/{draft.Slug}")).StatusCode);
    }
}
