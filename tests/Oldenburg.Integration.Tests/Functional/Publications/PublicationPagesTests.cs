using System.Net;
using System.Text.Json;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Publications;

/// <summary>The seeded sample publications (published in tests) on the public list and detail pages.</summary>
[Collection(ReadOnlySite.Name)]
public class PublicationPagesTests(SiteFactory site)
{
    private const string Welcome = "beispiel-willkommensbroschuere";

    [Theory]
    [InlineData("", 4)]
    [InlineData("?lang=uk", 1)]
    [InlineData("?lang=ar", 2)]
    [InlineData("?year=2024", 1)]
    [InlineData("?topic=education-school", 1)]
    [InlineData("?task=integrationsmonitor", 1)]
    [InlineData("?lang=ar&year=2025", 1)]
    [InlineData("?lang=ar&year=2023", 0)]
    [InlineData("?topic=no-such-topic&lang=xx", 4)]
    public async Task List_Filter_ShowsMatchingPublicationsAndTheirCount(string query, int expected)
    {
        var page = await site.CreateClient().GetPageAsync("/de/publications" + query);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(expected, page.Document.QuerySelectorAll(".publication-card").Length);
        var count = page.Document.QuerySelector("#results-heading")!.TextContent;
        Assert.Equal(expected == 1 ? "1 Publikation" : $"{expected} Publikationen", count);
    }

    [Fact]
    public async Task List_Filter_IsAPlainGetFormThatWorksWithoutScript()
    {
        var page = await site.CreateClient().GetPageAsync("/de/publications?lang=tr");
        var form = page.Document.QuerySelector("form.publication-filters")!;

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("tr", page.Document.QuerySelector("#publication-lang option[selected]")?.GetAttribute("value"));
        Assert.Contains("Türkçe", page.Document.QuerySelector("#publication-lang")!.TextContent);
    }

    [Theory]
    [InlineData("ar", "ar")]
    [InlineData("en", "en")]
    [InlineData("de", "de")]
    public async Task Details_ReaderLanguage_ComesFirstThenGerman(string culture, string first)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/publications/{Welcome}");

        var languages = page.Document.QuerySelectorAll(".publication-version h3 span").Select(s => s.GetAttribute("lang")).ToList();
        Assert.Equal(first, languages[0]);
        Assert.Equal(5, languages.Count);
        if (culture != "de")
        {
            Assert.Equal("de", languages[1]);
        }

        Assert.Null(page.Document.QuerySelector(".fallback-notice"));
    }

    [Fact]
    public async Task Details_LanguageNames_AreWrittenInTheirOwnScript()
    {
        var page = await site.CreateClient().GetPageAsync($"/de/publications/{Welcome}");
        var names = page.Document.QuerySelectorAll(".publication-version h3 span").Select(s => s.TextContent).ToList();

        Assert.Contains("العربية", names);
        Assert.Contains("Türkçe", names);
        Assert.Contains("Українська", names);
        Assert.Equal("rtl", page.Document.QuerySelectorAll(".publication-version h3 span").Single(s => s.GetAttribute("lang") == "ar").GetAttribute("dir"));
    }

    [Theory]
    [InlineData("en", "beispiel-bericht")]
    [InlineData("ar", "beispiel-flyer-beratung")]
    public async Task Details_MissingTranslation_ShowsGermanWithFallbackNotice(string culture, string slug)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/publications/{slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector(".fallback-notice"));
        Assert.Equal("de", page.Document.QuerySelector("h1")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Details_Sample_SaysItIsASampleAndShowsPagesAndSize()
    {
        var page = await site.CreateClient().GetPageAsync($"/de/publications/{Welcome}");

        Assert.NotNull(page.Document.QuerySelector(".sample-notice"));
        Assert.Contains("Beispiel", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Matches(@"\(PDF, \d+ KB, 4 Seiten\)", page.Document.QuerySelector(".publication-version")!.TextContent);
    }

    [Fact]
    public async Task OpenData_Json_ListsPublicationsWithVersionsAndHonoursFilters()
    {
        var all = JsonDocument.Parse(await site.CreateClient().GetStringAsync(new Uri("/api/publications.json", UriKind.Relative))).RootElement;
        var ukrainian = JsonDocument.Parse(await site.CreateClient().GetStringAsync(new Uri("/api/publications.json?lang=uk", UriKind.Relative))).RootElement;

        Assert.Equal(4, all.GetProperty("count").GetInt32());
        Assert.Contains("dl-de/by-2-0", all.GetProperty("licence").GetString());
        var welcome = ukrainian.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(Welcome, welcome.GetProperty("slug").GetString());
        Assert.Equal(5, welcome.GetProperty("versions").GetArrayLength());
        Assert.Equal(4, welcome.GetProperty("versions")[0].GetProperty("pages").GetInt32());
    }

    [Fact]
    public async Task OpenData_Csv_HasOneRowPerLanguageVersion()
    {
        var response = await site.CreateClient().GetAsync(new Uri("/api/publications.csv?year=2024", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(string.Join(',', Web.Features.Publications.PublicationOpenDataController.CsvColumns), lines[0]);
        Assert.Equal(3, lines.Length - 1);
    }

    [Fact]
    public async Task Sitemap_ListsTheListAndEachPublication()
    {
        var client = site.CreateClient();
        var sitemap = await client.GetStringAsync(new Uri("/sitemap-1.xml", UriKind.Relative));

        Assert.Contains($"{SiteFactory.BaseUrl}/de/publications</loc>", sitemap);
        Assert.Contains($"{SiteFactory.BaseUrl}/ar/publications/{Welcome}</loc>", sitemap);
    }
}
