using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Seeded placeholder data: never marked as checked, drafts in Production, published with a note in Development.</summary>
public class SampleDataTests
{
    public const string SamplePartner = "ibis-interkulturelle-arbeitsstelle";
    private const string OtherPartner = "amt-fuer-zuwanderung-und-integration";

    public static readonly Dictionary<string, string> SampleNotes = new()
    {
        ["de"] = "Beispieleintrag",
        ["en"] = "Sample entry",
        ["ar"] = "إدخال تجريبي",
    };

    [Fact]
    public async Task Seed_Production_PartnersAreUncheckedDraftsAndPlaceholderPagesAreDrafts()
    {
        // PublishSampleData is set to show that Production ignores it.
        using var site = SiteFactory.Create(new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["AllowedHosts"] = "integration.test",
            ["Site:BaseUrl"] = "https://integration.test",
            ["Database:PublishSampleData"] = "true",
        });
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://integration.test") });

        var partners = await site.WithDbAsync(db => db.Partners.ToListAsync());
        var pages = await site.WithDbAsync(db => db.Pages.Include(p => p.Translations).ToListAsync());
        var offers = await site.WithDbAsync(db => db.Offers.ToListAsync());
        var directory = await client.GetPageAsync("/de/partners");
        var details = await client.GetPageAsync($"/de/partners/{SamplePartner}");
        var impressum = await client.GetPageAsync("/de/pages/impressum");

        Assert.Equal(26, partners.Count);
        Assert.All(partners, p => Assert.True(p.State == PublishState.Draft && p.IsSample && p.LastCheckedAt is null && p.LastCheckedBy is null, p.Slug));
        Assert.Equal(HttpStatusCode.OK, directory.Status);
        Assert.Empty(directory.Document.QuerySelectorAll(".partner-card"));
        Assert.Equal(HttpStatusCode.NotFound, details.Status);
        Assert.All(pages.Where(p => p.Translations.Any(t => PagePlaceholders.In(t.Body))), p => Assert.Equal(PublishState.Draft, p.State));
        Assert.Equal(HttpStatusCode.NotFound, impressum.Status);
        Assert.All(offers, o => Assert.Equal(PublishState.Published, o.State));
    }

    [Fact]
    public async Task Seed_Development_PublishesSampleEntriesUncheckedWithNote()
    {
        // Empty means "not set": the Development default decides.
        using var site = SiteFactory.Create(new Dictionary<string, string?>
        {
            ["environment"] = "Development",
            ["Database:PublishSampleData"] = "",
        });

        var partners = await site.WithDbAsync(db => db.Partners.ToListAsync());
        var details = await site.CreateClient().GetPageAsync($"/de/partners/{SamplePartner}");

        Assert.All(partners, p => Assert.True(p.State == PublishState.Published && p.IsSample && p.LastCheckedAt is null && p.LastCheckedBy is null, p.Slug));
        Assert.Contains(SampleNotes["de"], details.Document.QuerySelector(".sample-notice")?.TextContent);
    }

    [Fact]
    public async Task CheckedPartner_Details_ShowsNoSampleNote()
    {
        using var site = SiteFactory.Create();
        await site.WithDbAsync(db => db.Partners.Where(p => p.Slug == OtherPartner).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsSample, false)));

        var details = await site.CreateClient().GetPageAsync($"/de/partners/{OtherPartner}");

        Assert.Equal(HttpStatusCode.OK, details.Status);
        Assert.Null(details.Document.QuerySelector(".sample-notice"));
    }
}
