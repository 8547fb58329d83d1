using System.Net;

using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>The seeded standing pages as readers see them; nothing here writes to the site.</summary>
[Collection(ReadOnlySite.Name)]
public class PagesPublicTests(SiteFactory site)
{
    public static readonly TheoryData<string, string, string, string> SeededPages = new()
    {
        { "de", "impressum", "Impressum", "ltr" },
        { "de", "datenschutz", "Datenschutzerklärung", "ltr" },
        { "de", "barrierefreiheit", "Erklärung zur Barrierefreiheit", "ltr" },
        { "en", "impressum", "Legal notice", "ltr" },
        { "en", "datenschutz", "Privacy statement", "ltr" },
        { "en", "barrierefreiheit", "Accessibility statement", "ltr" },
        { "ar", "impressum", "بيانات الناشر", "rtl" },
        { "ar", "datenschutz", "بيان حماية البيانات", "rtl" },
        { "ar", "barrierefreiheit", "بيان سهولة الوصول", "rtl" },
    };

    [Theory]
    [MemberData(nameof(SeededPages))]
    public async Task Details_SeededPage_RendersTranslationWithLanguageAndDirection(string culture, string slug, string title, string dir)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/pages/{slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(dir, page.Document.DocumentElement.GetAttribute("dir"));
        var article = page.Document.QuerySelector("main article")!;
        Assert.Equal(culture, article.GetAttribute("lang"));
        Assert.Equal(dir, article.GetAttribute("dir"));
        Assert.Equal(title, article.QuerySelector("h1")!.NormalizedText());
        Assert.NotEmpty(article.QuerySelectorAll("h2"));
        Assert.Null(page.Document.QuerySelector(".fallback-notice"));
    }

    public static readonly TheoryData<string, string> SeededSlugs = new()
    {
        { "de", "impressum" }, { "de", "datenschutz" }, { "de", "barrierefreiheit" },
        { "en", "impressum" }, { "en", "datenschutz" }, { "en", "barrierefreiheit" },
        { "ar", "impressum" }, { "ar", "datenschutz" }, { "ar", "barrierefreiheit" },
    };

    /// <summary>The texts were written for "## " subheadings and line-by-line addresses; as Markdown they must look the same.</summary>
    [Theory]
    [MemberData(nameof(SeededSlugs))]
    public async Task Details_SeededPage_KeepsSubheadingsParagraphsAndLinesAsRichText(string culture, string slug)
    {
        var body = await site.WithDbAsync(db => db.Pages.Where(p => p.Slug == slug)
            .SelectMany(p => p.Translations).Where(t => t.Culture == culture).Select(t => t.Body).SingleAsync());
        var lines = body.ReplaceLineEndings("\n").Split('\n');
        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim()).ToList();
        var paragraphs = lines.Where((l, i) => l.Trim().Length > 0 && !l.StartsWith("## ", StringComparison.Ordinal)
            && (i == 0 || lines[i - 1].Trim().Length == 0 || lines[i - 1].StartsWith("## ", StringComparison.Ordinal))).Count();
        var singleBreaks = lines.Where((l, i) => i > 0 && l.Trim().Length > 0 && lines[i - 1].Trim().Length > 0
            && !l.StartsWith("## ", StringComparison.Ordinal) && !lines[i - 1].StartsWith("## ", StringComparison.Ordinal)).Count();

        var page = await site.CreateClient().GetPageAsync($"/{culture}/pages/{slug}");

        var article = page.Document.QuerySelector("main article")!;
        Assert.Equal(headings, article.QuerySelectorAll("h2").Select(h => h.NormalizedText()));
        Assert.Empty(article.QuerySelectorAll("h3, h4, ul, ol"));
        Assert.Equal(paragraphs, article.QuerySelectorAll("p").Length);
        Assert.Equal(singleBreaks, article.QuerySelectorAll("p br").Length);
        Assert.DoesNotContain("## ", article.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "Impressum", "Datenschutzerklärung", "Erklärung zur Barrierefreiheit")]
    [InlineData("en", "Legal notice", "Privacy statement", "Accessibility statement")]
    [InlineData("ar", "بيانات الناشر", "بيان حماية البيانات", "بيان سهولة الوصول")]
    public async Task Footer_AnyPage_LinksSeededPagesInFooterOrderInReadersLanguage(string culture, string first, string second, string third)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/offers");

        var links = page.Document.QuerySelectorAll("footer a")
            .Where(a => a.ResolvedPath().StartsWith($"/{culture}/pages/", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(
            [$"/{culture}/pages/impressum", $"/{culture}/pages/datenschutz", $"/{culture}/pages/barrierefreiheit"],
            links.Select(a => a.ResolvedPath()));
        Assert.Equal([first, second, third], links.Select(a => a.NormalizedText()));
        Assert.All(links, a => Assert.Equal(culture, a.GetAttribute("lang")));
        Assert.NotNull(page.Document.QuerySelector("footer .site-footer__contact"));
    }

    [Fact]
    public async Task Details_PrivacyStatement_DescribesWhatTheSiteDoesAndMarksUnknownsAsPlaceholders()
    {
        var page = await site.CreateClient().GetPageAsync("/de/pages/datenschutz");

        Assert.Contains("30 Tagen", page.Text, StringComparison.Ordinal);
        Assert.Contains("90 Tagen", page.Text, StringComparison.Ordinal);
        Assert.Contains("Ihre IP-Adresse, Ihr Browser und die Seite, von der Sie kommen, werden nicht gespeichert", page.Text, StringComparison.Ordinal);
        Assert.Contains("[Bitte ergänzen: Name und Anschrift der oder des Datenschutzbeauftragten", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/de/pages/unknown")]
    [InlineData("/xx/pages/impressum")]
    public async Task Details_UnknownSlugOrLanguage_IsNotFound(string url)
    {
        var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
