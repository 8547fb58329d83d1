using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data.Seeding;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.EasyRead;

/// <summary>The section's pages are seeded once, also into databases whose standing pages were seeded before.</summary>
public class EasyReadSeedTests
{
    [Fact]
    public async Task Initialize_DatabaseFromBeforeTheSection_GetsTheFourPagesPublished()
    {
        using var site = SiteFactory.Create();
        await site.WithDbAsync(async db =>
        {
            await db.Pages.Where(p => p.EasyRead).ExecuteDeleteAsync();
            await db.SeedRuns.Where(r => r.Key == DatabaseInitializer.EasyReadSeed).ExecuteDeleteAsync();
        });

        using var restarted = SiteFactory.Create(dataDirectory: site.DataDirectory);

        var pages = await restarted.WithDbAsync(db => db.Pages.Where(p => p.EasyRead).OrderBy(p => p.FooterOrder).ToListAsync());
        Assert.Equal(["was-wir-machen", "kontakt", "unsere-aufgaben", "die-internet-seite"], pages.Select(p => p.Slug));
        Assert.All(pages, p => Assert.Equal(PublishState.Published, p.State));
        Assert.Equal(3, await restarted.WithDbAsync(db => db.Pages.CountAsync(p => !p.EasyRead)));
    }

    [Fact]
    public async Task Initialize_EasyReadPagesDeletedAfterSeed_StayDeleted()
    {
        using var site = SiteFactory.Create();
        await site.WithDbAsync(db => db.Pages.Where(p => p.EasyRead).ExecuteDeleteAsync());

        using var restarted = SiteFactory.Create(dataDirectory: site.DataDirectory);

        Assert.Equal(0, await restarted.WithDbAsync(db => db.Pages.CountAsync(p => p.EasyRead)));
    }
}
