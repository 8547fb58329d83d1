using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>A site whose sitemap files hold only a few URLs, so that a small database already needs several.</summary>
public sealed class SmallSitemapSite : SiteFactory
{
    public const int UrlsPerFile = 10;

    public SmallSitemapSite()
        : base(new Dictionary<string, string?> { ["Sitemap:UrlsPerFile"] = UrlsPerFile.ToString(System.Globalization.CultureInfo.InvariantCulture) }, dataDirectory: null)
    {
    }

    public Task EvictSitemap() => this.EvictPublicCachesAsync();
}

public class SitemapTests(SmallSitemapSite site) : IClassFixture<SmallSitemapSite>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Index_MoreUrlsThanOneFileHolds_SplitsIntoFilesUnderTheLimitEachUrlOnce()
    {
        var page = await site.InsertAsync(new PageBuilder().WithTranslation("de", "Hausordnung").Build());
        await site.EvictSitemap();

        var files = await FilesAsync();
        var locations = files.SelectMany(f => f.Root!.Elements(Sm + "url")).Select(u => u.Element(Sm + "loc")!.Value).ToList();

        Assert.True(files.Count >= 2, $"Only {files.Count} sitemap file(s).");
        Assert.All(files, f => Assert.InRange(f.Root!.Elements(Sm + "url").Count(), 1, SmallSitemapSite.UrlsPerFile));
        Assert.Equal(locations.Count, locations.Distinct(StringComparer.Ordinal).Count());
        foreach (var culture in PageAssert.Cultures)
        {
            var entry = files.SelectMany(f => f.Root!.Elements(Sm + "url")).Single(u => u.Element(Sm + "loc")!.Value == $"{SiteFactory.BaseUrl}/{culture}/pages/{page.Slug}");
            Assert.Equal(PageAssert.Cultures, entry.Elements(Xhtml + "link").Select(l => l.Attribute("hreflang")!.Value));
            Assert.Equal($"{SiteFactory.BaseUrl}/en/pages/{page.Slug}", entry.Elements(Xhtml + "link").Single(l => l.Attribute("hreflang")!.Value == "en").Attribute("href")!.Value);
        }
    }

    [Fact]
    public async Task Index_DataChangedAfterBuild_IsServedFromCacheUntilEvicted()
    {
        var partner = await new PartnerBuilder().Draft().InsertAsync(site);
        await FilesAsync();

        // Published behind the site's back: no eviction, so the sitemap built before must still be served.
        using (var scope = site.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Partners.Where(p => p.Id == partner.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PublishState.Published));
        }

        var cached = await LocationsAsync();
        await site.EvictSitemap();
        var rebuilt = await LocationsAsync();

        Assert.DoesNotContain(cached, l => l.EndsWith("/partners/" + partner.Slug, StringComparison.Ordinal));
        Assert.Contains(rebuilt, l => l.EndsWith("/partners/" + partner.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_PublishedPartner_IsListedInEveryLanguageWithAlternatesAndRobotsPointsAtIndex()
    {
        var partner = await new PartnerBuilder().InsertAsync(site);
        await site.EvictSitemap();

        var entries = (await FilesAsync()).SelectMany(f => f.Root!.Elements(Sm + "url"))
            .Where(u => u.Element(Sm + "loc")!.Value.EndsWith("/partners/" + partner.Slug, StringComparison.Ordinal)).ToList();
        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Equal(PageAssert.Cultures.Count, entries.Count);
        Assert.All(entries, e => Assert.Equal(PageAssert.Cultures, e.Elements(Xhtml + "link").Select(l => l.Attribute("hreflang")!.Value)));
        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {SiteFactory.BaseUrl}/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Part_NumberPastTheLastFile_IsNotFound()
    {
        var count = (await FilesAsync()).Count;

        var response = await _client.GetAsync(new Uri($"/sitemap-{count + 1}.xml", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<IReadOnlyList<XDocument>> FilesAsync()
    {
        var index = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        var files = new List<XDocument>();
        foreach (var location in index.Root.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value))
        {
            Assert.StartsWith(SiteFactory.BaseUrl + "/sitemap-", location, StringComparison.Ordinal);
            files.Add(XDocument.Parse(await _client.GetStringAsync(new Uri(new Uri(location).PathAndQuery, UriKind.Relative))));
        }

        return files;
    }

    private async Task<List<string>> LocationsAsync() =>
        [.. (await FilesAsync()).SelectMany(f => f.Root!.Elements(Sm + "url")).Select(u => u.Element(Sm + "loc")!.Value)];
}
