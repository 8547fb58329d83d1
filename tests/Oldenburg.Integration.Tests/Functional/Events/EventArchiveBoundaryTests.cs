using Microsoft.Extensions.Time.Testing;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Events;

/// <summary>The moment an event ends it leaves the upcoming list, the feed and the partner page for the archive, though all were cached.</summary>
public sealed class EventArchiveBoundaryTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2027, 3, 27, 20, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly FakeClockSite _site;

    public EventArchiveBoundaryTests() => _site = FakeClockSite.WithClock(_clock);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task UpcomingList_ClockPassesTheEnd_EventMovesToTheArchiveDespiteTheCache()
    {
        var partner = await new PartnerBuilder().InsertAsync(_site);
        var night = await new EventBuilder().ByPartner(partner.Id).At(new DateTime(2027, 3, 27, 22, 0, 0), new DateTime(2027, 3, 28, 4, 0, 0)).InsertAsync(_site);
        using var browser = _site.CreateBrowser();
        Assert.Contains(night.Slug, await EventPagesTests.SlugsAsync(browser, "/de/events"));
        Assert.DoesNotContain(night.Slug, await EventPagesTests.SlugsAsync(browser, "/de/events/archive"));
        Assert.Contains(night.Slug, await browser.GetStringAsync("/de/events.ics"), StringComparison.Ordinal);
        Assert.NotNull((await browser.GetPageAsync($"/de/partners/{partner.Slug}")).Document.QuerySelector(".upcoming-events"));

        // 04:00 summer time on 28 March is 02:00 UTC: at that instant the event still counts as upcoming.
        _clock.SetUtcNow(new DateTimeOffset(2027, 3, 28, 2, 0, 0, TimeSpan.Zero));
        Assert.Contains(night.Slug, await EventPagesTests.SlugsAsync(browser, "/de/events"));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(night.Slug, await EventPagesTests.SlugsAsync(browser, "/de/events"));
        Assert.Contains(night.Slug, await EventPagesTests.SlugsAsync(browser, "/de/events/archive"));
        Assert.DoesNotContain(night.Slug, await browser.GetStringAsync("/de/events.ics"), StringComparison.Ordinal);
        Assert.Null((await browser.GetPageAsync($"/de/partners/{partner.Slug}")).Document.QuerySelector(".upcoming-events"));
        Assert.Contains("hat bereits stattgefunden", (await browser.GetPageAsync($"/de/events/{night.Slug}")).Text, StringComparison.Ordinal);
    }
}
