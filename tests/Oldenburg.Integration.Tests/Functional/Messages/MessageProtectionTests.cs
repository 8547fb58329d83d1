using System.Net;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Contact;

namespace Oldenburg.Integration.Tests.Functional.Messages;

/// <summary>Each test here needs its own site: a low rate limit, a clock of its own.</summary>
public class MessageProtectionTests
{
    [Fact]
    public async Task Post_MoreThanPerHourLimit_Returns429InReadersLanguage()
    {
        using var site = SiteFactory.Create(new Dictionary<string, string?> { ["Contact:PerHour"] = "2" });
        var client = site.CreateClient();
        var contact = (await client.GetPageAsync("/ar/contact/message")).Document.FormWithField("Form.Message");
        var barrier = (await client.GetPageAsync("/ar/contact/barrier")).Document.FormWithField("Form.Message");

        var first = await contact.PostAsync(client, new Dictionary<string, string> { ["Form.Message"] = "a" });
        var second = await barrier.PostAsync(client, new Dictionary<string, string> { ["Form.Message"] = "b" });
        var third = await contact.PostAsync(client, new Dictionary<string, string> { ["Form.Message"] = "c" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await PageAssert.TooManyRequestsInAsync(third, "ar");
        Assert.Equal(2, await site.WithDbAsync(db => db.PublicMessages.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/ar/contact/message", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Retention_OldAndDoneMessages_DeletedWithNotesRecentKept()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        using var site = FakeClockSite.WithClock(clock, new Dictionary<string, string?> { ["Contact:RetentionDays"] = "180", ["Contact:DoneRetentionDays"] = "30" });
        var now = clock.GetUtcNow().UtcDateTime;
        var old = await AddAsync(site, now.AddDays(-181), PublicMessageStatus.InProgress, doneAt: null);
        var doneLongAgo = await AddAsync(site, now.AddDays(-60), PublicMessageStatus.Done, doneAt: now.AddDays(-31));
        var recent = await AddAsync(site, now.AddDays(-179), PublicMessageStatus.New, doneAt: null);
        var doneRecently = await AddAsync(site, now.AddDays(-60), PublicMessageStatus.Done, doneAt: now.AddDays(-29));

        int deleted;
        using (var scope = site.Services.CreateScope())
        {
            deleted = await scope.ServiceProvider.GetRequiredService<MessageRetention>().RunAsync(now);
        }

        Assert.Equal(2, deleted);
        var left = await site.WithDbAsync(db => db.PublicMessages.Select(m => m.Id).ToListAsync());
        Assert.Equal(new[] { recent, doneRecently }.Order(), left.Order());
        var notes = await site.WithDbAsync(db => db.PublicMessageNotes.Select(n => n.PublicMessageId).ToListAsync());
        Assert.DoesNotContain(old, notes);
        Assert.DoesNotContain(doneLongAgo, notes);
        Assert.Contains(recent, notes);
    }

    [Fact]
    public async Task Retention_ClockAdvances_SweepRunsWithoutARequest()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        using var site = FakeClockSite.WithClock(clock, new Dictionary<string, string?> { ["Contact:RetentionDays"] = "1" });
        _ = site.Server;
        var id = await AddAsync(site, clock.GetUtcNow().UtcDateTime, PublicMessageStatus.New, doneAt: null);

        clock.Advance(TimeSpan.FromDays(2));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await site.WithDbAsync(db => db.PublicMessages.AnyAsync(m => m.Id == id)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.False(await site.WithDbAsync(db => db.PublicMessages.AnyAsync(m => m.Id == id)));
    }

    private static async Task<int> AddAsync(SiteFactory site, DateTime receivedAt, PublicMessageStatus status, DateTime? doneAt)
    {
        var message = await site.InsertAsync(new PublicMessage
        {
            Kind = PublicMessageKind.Contact,
            Text = "Bitte um Rückruf.",
            ReceivedAt = receivedAt,
            Status = status,
            DoneAt = doneAt,
            Notes = [new PublicMessageNote { Author = "staff@example.org", At = receivedAt, Text = "Notiz" }],
        });
        return message.Id;
    }
}
