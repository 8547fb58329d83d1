using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Data.Seeding;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>A database seeded before the five newer languages gets their seeded texts once, without touching what exists.</summary>
public class NewLanguagesSeedTests
{
    private static readonly string[] NewCultures = ["tr", "ru", "uk", "fa", "pl"];

    [Fact]
    public async Task Initialize_DatabaseWithoutNewLanguages_AddsExactlyTheMissingTextsOnce()
    {
        using var site = SiteFactory.Create();
        var complete = await site.WithDbAsync(CountAsync);
        var changedTitle = "Von der Dienststelle geändert";
        var removed = await site.WithDbAsync(async db =>
        {
            var count = await db.Set<Web.Domain.OfferTranslation>().Where(t => NewCultures.Contains(t.Culture) && t.Culture != "pl").ExecuteDeleteAsync()
                + await db.Set<Web.Domain.OfficeProfileTranslation>().Where(t => NewCultures.Contains(t.Culture)).ExecuteDeleteAsync()
                + await db.Set<Web.Domain.TopicTranslation>().Where(t => NewCultures.Contains(t.Culture)).ExecuteDeleteAsync()
                + await db.Set<Web.Domain.LinkCategoryTranslation>().Where(t => NewCultures.Contains(t.Culture)).ExecuteDeleteAsync();
            await db.Set<Web.Domain.OfferTranslation>().Where(t => t.Culture == "pl").ExecuteUpdateAsync(s => s.SetProperty(t => t.Title, changedTitle));
            await db.SeedRuns.Where(r => r.Key == DatabaseInitializer.NewLanguagesSeedKey).ExecuteDeleteAsync();
            return count;
        });
        Assert.True(removed > 0);

        using (var upgraded = SiteFactory.Create(dataDirectory: site.DataDirectory))
        {
            Assert.Equal(complete, await upgraded.WithDbAsync(CountAsync));
            Assert.All(
                await upgraded.WithDbAsync(db => db.Set<Web.Domain.OfferTranslation>().Where(t => t.Culture == "pl").Select(t => t.Title).ToListAsync()),
                title => Assert.Equal(changedTitle, title));
            Assert.Equal(3, await upgraded.WithDbAsync(db => db.Set<Web.Domain.LinkCategoryTranslation>().CountAsync(t => t.Culture == "uk")));
        }

        // A second run, even with its record gone, finds nothing missing.
        await site.WithDbAsync(db => db.SeedRuns.Where(r => r.Key == DatabaseInitializer.NewLanguagesSeedKey).ExecuteDeleteAsync());
        using var again = SiteFactory.Create(dataDirectory: site.DataDirectory);
        Assert.Equal(complete, await again.WithDbAsync(CountAsync));
    }

    private static async Task<int> CountAsync(AppDbContext db) =>
        await db.Set<Web.Domain.OfferTranslation>().CountAsync()
        + await db.Set<Web.Domain.OfficeProfileTranslation>().CountAsync()
        + await db.Set<Web.Domain.TopicTranslation>().CountAsync()
        + await db.Set<Web.Domain.LinkCategoryTranslation>().CountAsync();
}
