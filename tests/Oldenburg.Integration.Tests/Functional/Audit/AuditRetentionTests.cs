using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Audit;

namespace Oldenburg.Integration.Tests.Functional.Audit;

/// <summary>Entries older than Audit:RetentionDays are deleted, on start-up and daily, without anyone visiting the site.</summary>
public sealed class AuditRetentionTests
{
    private static readonly Dictionary<string, string?> ThirtyDays = new() { ["Audit:RetentionDays"] = "30" };

    [Fact]
    public async Task RunAsync_ConfiguredDays_DeletesOlderEntriesAndKeepsNewer()
    {
        using var site = FakeClockSite.WithClock(new FakeTimeProvider(DateTimeOffset.UtcNow), ThirtyDays);
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var old = await site.InsertAuditEntryAsync("alt@example.org", now.AddDays(-31));
        var recent = await site.InsertAuditEntryAsync("neu@example.org", now.AddDays(-29));

        using var scope = site.Services.CreateScope();
        var deleted = await scope.ServiceProvider.GetRequiredService<AuditRetention>().RunAsync(now);

        Assert.True(deleted >= 1);
        Assert.False(await site.AuditEntryExistsAsync(old.Id));
        Assert.True(await site.AuditEntryExistsAsync(recent.Id));
    }

    [Fact]
    public async Task Service_AtStartUpAndOneDayLater_DeletesEntriesPastRetentionWithoutAnyRequest()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "oldenburg-integration-tests", Guid.NewGuid().ToString("N"))).FullName;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            // Written by an earlier run of the site that kept entries longer, so that the next start finds them.
            long oldId, agingOutId, youngId;
            using (var earlier = FakeClockSite.WithClock(clock, new Dictionary<string, string?> { ["Audit:RetentionDays"] = "1000" }, folder))
            {
                oldId = (await earlier.InsertAuditEntryAsync("alt@example.org", now.AddDays(-40))).Id;
                agingOutId = (await earlier.InsertAuditEntryAsync("bald@example.org", now.AddDays(-29.5))).Id;
                youngId = (await earlier.InsertAuditEntryAsync("jung@example.org", now.AddDays(-10))).Id;
            }

            using var site = FakeClockSite.WithClock(clock, ThirtyDays, folder);
            _ = site.Services;

            // Once the start-up sweep has run, its daily timer exists too.
            await AuditData.EventuallyAsync(async () => !await site.AuditEntryExistsAsync(oldId), "The start-up sweep did not delete an entry 40 days old.");
            Assert.True(await site.AuditEntryExistsAsync(agingOutId), "Deleted before its time.");

            clock.Advance(AuditRetention.Interval);

            await AuditData.EventuallyAsync(async () => !await site.AuditEntryExistsAsync(agingOutId), "The daily sweep did not delete an entry that had aged out.");
            Assert.True(await site.AuditEntryExistsAsync(youngId));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void StartUp_RetentionDaysNotPositive_Fails(string days)
    {
        using var site = SiteFactory.Create(new Dictionary<string, string?> { ["Audit:RetentionDays"] = days });

        var error = Record.Exception(() => site.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Audit:RetentionDays", error.ToString(), StringComparison.Ordinal);
    }
}
