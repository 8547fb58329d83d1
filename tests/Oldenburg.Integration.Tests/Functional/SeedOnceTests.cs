using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Data.Seeding;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Seeding runs once per part and is recorded: deleted content stays deleted across restarts.</summary>
public class SeedOnceTests
{
    private static readonly string[] AllSeeds =
        [DatabaseInitializer.ConceptSeed, DatabaseInitializer.LookupsSeed, DatabaseInitializer.OfficeSeed, DatabaseInitializer.PagesSeed, DatabaseInitializer.PartnersSeed,
            DatabaseInitializer.LinkCategoriesSeed, DatabaseInitializer.PublicationsSeed, DatabaseInitializer.NewsItemsSeed, DatabaseInitializer.EventsSeed, DatabaseInitializer.MonitorSeedKey, DatabaseInitializer.EasyReadSeed, DatabaseInitializer.NewLanguagesSeedKey];

    [Fact]
    public async Task SeedPartners_AfterInitializeOnTheSameInitializer_RecordsNothingTwice()
    {
        using var site = SiteFactory.Create();
        await site.WithDbAsync(db => db.SeedRuns.ExecuteDeleteAsync());
        using var scope = site.Services.CreateScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();

        // As the sample-partners command does on a database without seed records: start-up seeding, then the directory's part again.
        await initializer.InitializeAsync();
        await initializer.SeedPartnersAsync();

        Assert.Equal(AllSeeds.Order(StringComparer.Ordinal), await site.WithDbAsync(db => db.SeedRuns.Select(r => r.Key).OrderBy(k => k).ToListAsync()));
    }

    [Fact]
    public async Task Initialize_PartnersDeletedAfterSeed_StayDeletedAfterRestart()
    {
        using var site = SiteFactory.Create();
        await site.WithDbAsync(db => db.Partners.ExecuteDeleteAsync());

        using var restarted = SiteFactory.Create(dataDirectory: site.DataDirectory);

        Assert.Equal(0, await restarted.WithDbAsync(db => db.Partners.CountAsync()));
    }

    [Fact]
    public async Task Initialize_EveryContentTypeDeleted_NothingComesBack()
    {
        using var site = SiteFactory.Create();
        await site.WithDbAsync(async db =>
        {
            await db.Monitor.ExecuteDeleteAsync();
            await db.Events.ExecuteDeleteAsync();
            await db.Publications.ExecuteDeleteAsync();
            await db.News.ExecuteDeleteAsync();
            await db.Partners.ExecuteDeleteAsync();
            await db.PartnerTypes.ExecuteDeleteAsync();
            await db.Topics.ExecuteDeleteAsync();
            await db.Districts.ExecuteDeleteAsync();
            await db.ServiceLanguages.ExecuteDeleteAsync();
            await db.Offers.ExecuteDeleteAsync();
            await db.OfficeProfiles.ExecuteDeleteAsync();
            await db.Pages.ExecuteDeleteAsync();
            await db.LinkCategories.ExecuteDeleteAsync();
            await db.IntegrationConcepts.ExecuteDeleteAsync();
        });

        using var restarted = SiteFactory.Create(dataDirectory: site.DataDirectory);

        Assert.Equal(0, await restarted.WithDbAsync(CountContentAsync));
        Assert.Equal(AllSeeds.Order(StringComparer.Ordinal), await restarted.WithDbAsync(db => db.SeedRuns.Select(r => r.Key).OrderBy(k => k).ToListAsync()));
    }

    [Fact]
    public async Task Initialize_ContentWithoutSeedRecord_RecordsWithoutInsertingAndUnmarksSystemChecks()
    {
        using var site = SiteFactory.Create();
        var before = await site.WithDbAsync(CountContentAsync);

        // A database seeded before the record existed: content, no record, partners stamped "checked by system".
        await site.WithDbAsync(async db =>
        {
            await db.SeedRuns.ExecuteDeleteAsync();
            await db.Partners.ExecuteUpdateAsync(s => s
                .SetProperty(p => p.IsSample, false)
                .SetProperty(p => p.LastCheckedAt, new DateTime(2026, 10, 15, 0, 0, 0, DateTimeKind.Utc))
                .SetProperty(p => p.LastCheckedBy, DatabaseInitializer.SystemUser));
        });
        using var restarted = SiteFactory.Create(dataDirectory: site.DataDirectory);

        Assert.Equal(before, await restarted.WithDbAsync(CountContentAsync));
        Assert.Equal(AllSeeds.Order(StringComparer.Ordinal), await restarted.WithDbAsync(db => db.SeedRuns.Select(r => r.Key).OrderBy(k => k).ToListAsync()));
        var partners = await restarted.WithDbAsync(db => db.Partners.ToListAsync());
        Assert.Equal(26, partners.Count);
        Assert.All(partners, p => Assert.True(p.IsSample && p.LastCheckedAt is null && p.LastCheckedBy is null, p.Slug));
    }

    [Fact]
    public async Task Initialize_ProductionUpgradeWithSystemCheckedPartners_UnpublishesUneditedOnes()
    {
        using var site = SiteFactory.Create();
        var edited = await site.WithDbAsync(db => db.Partners.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        await site.WithDbAsync(async db =>
        {
            await db.SeedRuns.ExecuteDeleteAsync();
            await db.Partners.ExecuteUpdateAsync(s => s
                .SetProperty(p => p.IsSample, false)
                .SetProperty(p => p.LastCheckedAt, DateTime.UtcNow)
                .SetProperty(p => p.LastCheckedBy, DatabaseInitializer.SystemUser));
            await db.Partners.Where(p => p.Id == edited).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedBy, "kollegin@example.org"));
        });

        using var production = SiteFactory.Create(
            new Dictionary<string, string?>
            {
                ["environment"] = "Production",
                ["AllowedHosts"] = "integration.test",
                ["Site:BaseUrl"] = "https://integration.test",
            },
            site.DataDirectory);

        var partners = await production.WithDbAsync(db => db.Partners.ToListAsync());
        Assert.All(partners.Where(p => p.Id != edited), p => Assert.True(p.IsSample && p.State == PublishState.Draft, p.Slug));
        var kept = Assert.Single(partners, p => p.Id == edited);
        Assert.True(!kept.IsSample && kept.State == PublishState.Published && kept.LastCheckedBy is null);
    }

    private static async Task<int> CountContentAsync(AppDbContext db) =>
        await db.Partners.CountAsync() + await db.PartnerTypes.CountAsync() + await db.Topics.CountAsync()
        + await db.Districts.CountAsync() + await db.ServiceLanguages.CountAsync()
        + await db.Offers.CountAsync() + await db.OfficeProfiles.CountAsync() + await db.Pages.CountAsync() + await db.LinkCategories.CountAsync()
        + await db.IntegrationConcepts.CountAsync() + await db.Publications.CountAsync() + await db.News.CountAsync() + await db.Events.CountAsync() + await db.Monitor.CountAsync();
}
