using System.Net;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Tests.Functional.EasyRead;

/// <summary>The seeded Leichte Sprache section as readers reach it from every language; nothing here writes.</summary>
[Collection(ReadOnlySite.Name)]
public class EasyReadPublicTests(SiteFactory site)
{
    private const string Overview = "/de/leichte-sprache";

    public static readonly TheoryData<string, string> SeededPages = new()
    {
        { "was-wir-machen", "Was macht die Stabs·stelle Integration?" },
        { "kontakt", "So erreichen Sie uns" },
        { "unsere-aufgaben", "Die 9 Aufgaben von der Stabs·stelle Integration" },
        { "die-internet-seite", "So benutzen Sie diese Internet·seite" },
    };

    public static TheoryData<string> Cultures => [.. SupportedCultures.Names];

    [Fact]
    public async Task Overview_Seeded_ListsTheFourPagesInOrderInGerman()
    {
        var page = await site.CreateClient().GetPageAsync(Overview);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("de", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.Document.QuerySelector("main .easy-read"));
        var links = page.Document.QuerySelectorAll("main .easy-read__list a").Select(a => a.ResolvedPath()).ToList();
        Assert.Equal(SeededPages.Select(p => $"{Overview}/{p[0]}"), links);
        // German only: no hreflang alternates that would lead to a redirect.
        Assert.Empty(page.Document.QuerySelectorAll("link[rel=alternate][hreflang=en]"));
    }

    [Theory]
    [MemberData(nameof(SeededPages))]
    public async Task Details_SeededPage_AnswersInGermanWithLargeTypeSection(string slug, string title)
    {
        var page = await site.CreateClient().GetPageAsync($"{Overview}/{slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("de", page.Document.DocumentElement.GetAttribute("lang"));
        var article = page.Document.QuerySelector("main article.easy-read")!;
        Assert.Equal("de", article.GetAttribute("lang"));
        Assert.Equal(title, article.QuerySelector("h1")!.NormalizedText());
        Assert.NotEmpty(article.QuerySelectorAll("h2"));
        Assert.Null(page.Document.QuerySelector(".sample-notice"));
    }

    [Fact]
    public async Task Section_EveryPage_HasNoHtmlErrors()
    {
        var client = site.CreateClient();
        var documents = new Dictionary<string, string>();
        foreach (var path in SeededPages.Select(p => $"{Overview}/{p[0]}").Prepend(Overview))
        {
            documents[path] = (await client.GetPageAsync(path)).Raw;
        }

        var errors = await HtmlChecker.ErrorsAsync(documents);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task Contact_Seeded_ShowsTheOfficeProfilesRealContactData()
    {
        var page = await site.CreateClient().GetPageAsync($"{Overview}/kontakt");

        var text = page.Document.QuerySelector("main article")!.NormalizedText();
        Assert.Contains("0441 235-3233", text, StringComparison.Ordinal);
        Assert.Contains("integration@stadt-oldenburg.de", text, StringComparison.Ordinal);
        Assert.Contains("Markt 1", text, StringComparison.Ordinal);
        Assert.Contains("26105 Oldenburg", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task HeaderAndFooter_EveryCulture_LinkToGermanSection(string culture)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/");

        foreach (var area in new[] { "header", "footer" })
        {
            var link = Assert.Single(page.Document.QuerySelectorAll($"{area} a.easy-read-link"));
            Assert.Equal(Overview, link.ResolvedPath());
            Assert.Equal("de", link.GetAttribute("lang"));
            Assert.Equal("Leichte Sprache", link.NormalizedText());
        }
    }

    [Theory]
    [InlineData("en", "/en/leichte-sprache", Overview)]
    [InlineData("ar", "/ar/leichte-sprache/kontakt", Overview + "/kontakt")]
    [InlineData("pl", "/pl/leichte-sprache", Overview)]
    public async Task OtherCulture_SectionAddress_RedirectsPermanentlyToGerman(string culture, string path, string target)
    {
        var response = await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
        Assert.NotEqual("de", culture);
    }

    [Fact]
    public async Task StandingPagesAddress_EasyReadPage_RedirectsIntoTheSection()
    {
        var response = await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(new Uri("/de/pages/kontakt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Overview + "/kontakt", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("fa")]
    public async Task AccessibilityStatement_AnyCulture_LinksToTheSection(string culture)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/pages/barrierefreiheit");

        Assert.Contains(page.Document.QuerySelectorAll("main a"), a => a.ResolvedPath() == Overview);
    }

    [Fact]
    public async Task AccessibilityStatement_SeededGermanText_LinksToTheSection()
    {
        var page = await site.CreateClient().GetPageAsync("/de/pages/barrierefreiheit");

        Assert.Contains(page.Document.QuerySelectorAll("main article a"), a => a.ResolvedPath() == Overview);
    }

    [Fact]
    public async Task Footer_StandingLinks_LeaveOutEasyReadPages()
    {
        var page = await site.CreateClient().GetPageAsync("/de/");

        Assert.DoesNotContain(page.Document.QuerySelectorAll("footer a"), a => a.ResolvedPath().StartsWith("/de/pages/kontakt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_Section_ListedInGermanOnly()
    {
        var client = site.CreateClient();
        var documents = new List<string>();
        for (var number = 1; number <= 50; number++)
        {
            var response = await client.GetAsync(new Uri($"/sitemap-{number}.xml", UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                break;
            }

            documents.Add(await response.Content.ReadAsStringAsync());
        }

        var all = string.Concat(documents);
        Assert.Contains("/de/leichte-sprache</loc>", all, StringComparison.Ordinal);
        Assert.Contains("/de/leichte-sprache/kontakt</loc>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("/en/leichte-sprache", all, StringComparison.Ordinal);
        Assert.DoesNotContain("/de/pages/kontakt", all, StringComparison.Ordinal);
    }
}
