using System.Net;
using System.Text.Json;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Links;

/// <summary>/{culture}/links: grouped by category, filtered by GET query without JavaScript, German where a translation is missing.</summary>
[Collection(WritableSite.Name)]
public class LinksPageTests(SiteFactory site)
{
    [Fact]
    public async Task LinksPage_PublishedLinks_GroupedUnderTheirCategoryAndMarkedExternalWithTargetLanguage()
    {
        var first = await site.AddLinkCategoryAsync();
        var second = await site.AddLinkCategoryAsync();
        var turkish = await site.AddLinkAsync(first, "https://www.example.org/tr", language: "tr");
        var german = await site.AddLinkAsync(second);

        var page = await site.CreateClient().GetPageAsync("/de/links");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var firstSection = page.Document.GetElementById($"links-cat-{first.Key}")!.ParentElement!;
        Assert.Equal("Kategorie " + first.Key, page.Document.GetElementById($"links-cat-{first.Key}")!.TextContent);
        Assert.NotNull(firstSection.QuerySelector($"li#{turkish.Slug}"));
        Assert.Null(firstSection.QuerySelector($"li#{german.Slug}"));
        var anchor = page.Document.QuerySelector($"li#{turkish.Slug} a")!;
        Assert.Equal("https://www.example.org/tr", anchor.GetAttribute("href"));
        Assert.Equal("tr", anchor.GetAttribute("hreflang"));
        Assert.Contains("external", anchor.GetAttribute("rel")!, StringComparison.Ordinal);
        var language = page.Document.QuerySelector($"li#{turkish.Slug} .links-item__meta span[lang='tr']")!;
        Assert.Equal("Türkçe", language.TextContent);
        Assert.Contains("Externe Internetseite", page.Document.QuerySelector($"li#{turkish.Slug} .links-item__meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinksPage_FilterByTopicAndLanguage_ShowsOnlyMatchingLinks()
    {
        var category = await site.AddLinkCategoryAsync();
        var lookups = await site.AddLookupsAsync();
        var match = await site.AddLinkAsync(category, language: "uk", topic: lookups.Topic);
        var otherLanguage = await site.AddLinkAsync(category, language: "ar", topic: lookups.Topic);
        var otherTopic = await site.AddLinkAsync(category, language: "uk");
        var client = site.CreateClient();

        var byTopic = await client.GetPageAsync($"/de/links?topic={lookups.Topic.Key}");
        var both = await client.GetPageAsync($"/de/links?topic={lookups.Topic.Key}&lang=uk");

        Assert.NotNull(byTopic.Document.GetElementById(match.Slug));
        Assert.NotNull(byTopic.Document.GetElementById(otherLanguage.Slug));
        Assert.Null(byTopic.Document.GetElementById(otherTopic.Slug));
        Assert.NotNull(both.Document.GetElementById(match.Slug));
        Assert.Null(both.Document.GetElementById(otherLanguage.Slug));
        Assert.Null(both.Document.GetElementById(otherTopic.Slug));
        Assert.Equal("1 Link", both.Document.QuerySelector("[role=status]")!.TextContent.Trim());

        // The form is a plain GET form that keeps the choice, so it works without JavaScript.
        var form = both.Document.QuerySelector("form.links-filter")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector($"select[name=topic] option[value='{lookups.Topic.Key}'][selected]"));
        Assert.NotNull(form.QuerySelector("select[name=lang] option[value=uk][selected][lang=uk]"));
    }

    [Fact]
    public async Task LinksPage_UnknownFilterValue_IsIgnoredAndShowsAll()
    {
        var category = await site.AddLinkCategoryAsync();
        var link = await site.AddLinkAsync(category);

        var page = await site.CreateClient().GetPageAsync("/de/links?topic=gibt-es-nicht&lang=%3Cscript%3E");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.GetElementById(link.Slug));
    }

    [Fact]
    public async Task LinksPage_ArabicWithoutTranslation_ShowsGermanWithFallbackNotice()
    {
        var category = await site.AddLinkCategoryAsync();
        var translated = await site.AddLinkAsync(category, translations: [("ar", "دليل الاندماج")]);
        var untranslated = await site.AddLinkAsync(category);

        var page = await site.CreateClient().GetPageAsync("/ar/links");

        var arabic = page.Document.GetElementById(translated.Slug)!;
        var german = page.Document.GetElementById(untranslated.Slug)!;
        Assert.Equal("ar", arabic.GetAttribute("lang"));
        Assert.Contains("دليل الاندماج", arabic.TextContent, StringComparison.Ordinal);
        Assert.Null(arabic.QuerySelector(".fallback-hint"));
        Assert.Equal("de", german.GetAttribute("lang"));
        Assert.NotNull(german.QuerySelector(".fallback-hint"));
        Assert.NotNull(page.Document.QuerySelector(".fallback-notice"));
    }

    [Fact]
    public async Task LinksPage_Literature_ShowsCitationIsbnAndNote()
    {
        var category = await site.AddLinkCategoryAsync();
        var entry = await site.AddLiteratureAsync(category);

        var page = await site.CreateClient().GetPageAsync("/en/links");

        var item = page.Document.GetElementById(entry.Slug)!;
        Assert.Contains(entry.Author, item.TextContent, StringComparison.Ordinal);
        Assert.Equal(entry.Title, item.QuerySelector("cite")!.TextContent.Trim('\u2068', '\u2069'));
        Assert.Contains("9783161484100", item.TextContent, StringComparison.Ordinal);
        Assert.NotNull(item.QuerySelector(".fallback-hint"));
    }

    [Theory]
    [InlineData(PublishState.Draft)]
    [InlineData(PublishState.InReview)]
    public async Task UnpublishedLinksAndLiterature_AreNowherePublic(PublishState state)
    {
        var marker = Unique.Name("verborgen");
        var category = await site.AddLinkCategoryAsync();
        await site.AddLinkAsync(category, "https://www.example.org/" + marker, state: state, title: marker + " Link");
        await site.AddLiteratureAsync(category, state, title: marker + " Buch");
        var anonymous = site.CreateClient();

        foreach (var path in new[] { "/de/links", "/ar/links", "/api/links.json", "/api/links.csv", "/api/literature.json", "/api/literature.csv", "/sitemap-1.xml" })
        {
            var body = await anonymous.GetStringAsync(new Uri(path, UriKind.Relative));
            Assert.DoesNotContain(marker, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task OpenData_PublishedLinksAndLiterature_InJsonAndCsv()
    {
        var category = await site.AddLinkCategoryAsync();
        var link = await site.AddLinkAsync(category, language: "tr");
        var entry = await site.AddLiteratureAsync(category);
        var client = site.CreateClient();

        using var links = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/links.json?culture=en", UriKind.Relative)));
        using var literature = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/literature.json", UriKind.Relative)));
        var csv = await client.GetStringAsync(new Uri("/api/links.csv", UriKind.Relative));

        Assert.StartsWith("Datenlizenz Deutschland", links.RootElement.GetProperty("licence").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", links.RootElement.GetProperty("language").GetString());
        var item = links.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == link.Slug);
        Assert.Equal("tr", item.GetProperty("target_language").GetString());
        Assert.Equal(category.Key, item.GetProperty("category").GetString());
        Assert.Equal("de", item.GetProperty("text_language").GetString());
        var book = literature.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == entry.Slug);
        Assert.Equal("9783161484100", book.GetProperty("isbn").GetString());
        Assert.StartsWith("slug,category,title", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(link.Slug, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_ListsTheLinksPageInEveryLanguage()
    {
        var body = await site.CreateClient().GetStringAsync(new Uri("/sitemap-1.xml", UriKind.Relative));

        foreach (var culture in new[] { "de", "en", "ar" })
        {
            Assert.Contains($"<loc>{SiteFactory.BaseUrl}/{culture}/links</loc>", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Navigation_LinksToTheLinksPage()
    {
        var page = await site.CreateClient().GetPageAsync("/en/links");

        var current = page.Document.QuerySelector("a[aria-current=page][href='/en/links']");
        Assert.NotNull(current);
    }
}
