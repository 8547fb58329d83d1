using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using static Oldenburg.Integration.Tests.Infrastructure.TranslationPages;

namespace Oldenburg.Integration.Tests.Functional.Translations;

/// <summary>
/// The coverage page on a freshly seeded site of its own, whose content has no status rows yet.
/// Not the shared read-only site: signing in creates accounts there.
/// </summary>
public class TranslationCoverageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task Coverage_SeededContent_CountsMatchDatabaseAndTranslatedCountAsUpToDate(string culture)
    {
        var (total, translated) = await site.WithDbAsync(async db =>
        {
            var offers = await db.Offers.Select(o => o.Translations.Any(t => t.Culture == culture)).ToListAsync();
            var pages = await db.Pages.Select(p => p.Translations.Any(t => t.Culture == culture)).ToListAsync();
            var partners = await db.Partners.Select(p => p.Translations.Any(t => t.Culture == culture)).ToListAsync();
            var office = await db.OfficeProfiles.Select(p => p.Translations.Any(t => t.Culture == culture)).ToListAsync();
            var concept = await db.IntegrationConcepts.Select(c => c.Translations.Any(t => t.Culture == culture)).ToListAsync();
            var fields = await db.FieldsOfAction.Select(f => f.Translations.Any(t => t.Culture == culture)).ToListAsync();

            var publications = await db.Publications.Select(p => p.Translations.Any(t => t.Culture == culture)).ToListAsync();
            var news = await db.News.Select(n => n.Translations.Any(t => t.Culture == culture)).ToListAsync();
            var events = await db.Events.Select(e => e.Translations.Any(t => t.Culture == culture)).ToListAsync();
            var monitor = await db.Monitor.Select(i => i.Translations.Any(t => t.Culture == culture)).ToListAsync();
            List<bool> all = [.. offers, .. pages, .. partners, .. office, .. concept, .. fields, .. publications, .. news, .. events, .. monitor];
            return (all.Count, all.Count(t => t));
        });
        Assert.True(translated > 0, $"The seed has no {culture} translations to count.");
        using var browser = await site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync(CoveragePath);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(translated, Count(page.Document, culture, "uptodate"));
        Assert.Equal(0, Count(page.Document, culture, "outdated"));
        Assert.Equal(total - translated, Count(page.Document, culture, "missing"));
        Assert.Equal(translated * 100 / total, Count(page.Document, culture, "percent"));
    }

    [Fact]
    public async Task Coverage_UnknownLanguage_ShowsGermanMessageAndOverview()
    {
        using var browser = await site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync($"{CoveragePath}?language=xx");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("nicht angeboten", page.Document.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector(".translations-coverage"));
    }

    [Fact]
    public async Task Coverage_Anonymous_RedirectsToLogin()
    {
        using var visitor = site.CreateBrowser();

        var response = await visitor.GetAsync(new Uri(CoveragePath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Staff.LoginPath, Staff.PathOf(response.Headers.Location!), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Navigation_CoveragePage_LinksTranslationsAsCurrentPage()
    {
        using var browser = await site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync(CoveragePath);

        var link = page.Document.QuerySelectorAll("nav.site-nav a").SingleOrDefault(a => a.TextContent.Trim() == "Übersetzungen");
        Assert.NotNull(link);
        Assert.Equal(CoveragePath, link.GetAttribute("href"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("page", link.GetAttribute("aria-current"));
    }
}
