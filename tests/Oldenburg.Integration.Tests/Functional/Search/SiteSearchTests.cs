using System.Net;
using AngleSharp.Dom;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using static Oldenburg.Integration.Tests.Functional.Search.SiteSearchData;

namespace Oldenburg.Integration.Tests.Functional.Search;

/// <summary>
/// The one search box of the site (ADR 0032) on the shared writable site. Every test writes a word
/// of its own into its content and searches for it, so other tests' content never changes its counts.
/// </summary>
[Collection(WritableSite.Name)]
public class SiteSearchTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Search_GermanWordWithoutUmlaut_FindsOfferAndMarksTheUmlaut()
    {
        var token = Token();
        var offer = await site.AddOfferAsync($"Beratung über {token}");

        var page = await SearchAsync("de", $"uber {token}");

        var hit = Assert.Single(Hits(page, "offers"));
        Assert.Equal($"/de/offers/{offer.Slug}", hit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["über", token], hit.QuerySelectorAll(".search-hit__title mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Search_TurkishCapitalDottedI_FindsPartnerAndTurkishPublicationVersion()
    {
        var token = Token();
        var partner = await new PartnerBuilder($"İstanbul Kulturverein {token}").InsertAsync(site);
        var publication = await site.AddPublicationAsync(
            PublishState.Published, ("de", $"Wegweiser {token}", "Auf Deutsch."), ("tr", $"İstanbul rehberi {token}", "Türkçe özet."));

        var page = await SearchAsync("de", $"istanbul {token}");

        var partnerHit = Assert.Single(Hits(page, "partners"));
        Assert.Equal($"/de/partners/{partner.Slug}", partnerHit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("İstanbul", partnerHit.QuerySelector("mark")!.TextContent);
        var publicationHit = Assert.Single(Hits(page, "publications"));
        Assert.Equal($"/de/publications/{publication.Slug}", publicationHit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("tr", publicationHit.GetAttribute("lang"));
        Assert.Equal("İstanbul", publicationHit.QuerySelector("mark")!.TextContent);
    }

    [Fact]
    public async Task Search_ArabicWordWithoutVowelMarks_FindsArabicTextOnTheArabicPage()
    {
        var token = Token();
        var offer = await site.AddOfferAsync($"Rechtsberatung {token}", translations: ("ar", $"مُسْتَشَارٌ قانوني {token}"));

        var page = await SearchAsync("ar", $"مستشار {token}");

        var hit = Assert.Single(Hits(page, "offers"));
        Assert.Equal($"/ar/offers/{offer.Slug}", hit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("ar", hit.GetAttribute("lang"));
        Assert.Equal("rtl", hit.GetAttribute("dir"));
        Assert.Equal("مُسْتَشَارٌ", hit.QuerySelector("mark")!.TextContent);
        Assert.Equal("rtl", page.Document.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task Search_ReaderLanguagePlusGerman_FindsBothButNoThirdLanguage()
    {
        var token = Token();
        await site.AddOfferAsync($"Sprachkurs {token}deutsch", translations: ("en", $"Language course {token}english"));

        Assert.Single(Hits(await SearchAsync("en", $"{token}deutsch"), "offers"));
        Assert.Single(Hits(await SearchAsync("en", $"{token}english"), "offers"));
        Assert.Single(Hits(await SearchAsync("ar", $"{token}deutsch"), "offers"));
        Assert.Empty(Hits(await SearchAsync("ar", $"{token}english"), "offers"));
        Assert.Empty(Hits(await SearchAsync("de", $"{token}english"), "offers"));
    }

    [Fact]
    public async Task Search_GermanHitOnEnglishPage_IsShownInGermanAndSaysSo()
    {
        var token = Token();
        await site.AddOfferAsync($"Nur deutsch {token}");

        var hit = Assert.Single(Hits(await SearchAsync("en", token), "offers"));

        Assert.Equal("de", hit.GetAttribute("lang"));
        Assert.Contains("Deutsch", hit.QuerySelector(".search-hit__language")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_EveryWordMustMatch_LikeTheDirectory()
    {
        var token = Token();
        await site.AddOfferAsync($"Alpha {token}");
        var both = await site.AddOfferAsync($"Alpha Beta {token}");

        var hit = Assert.Single(Hits(await SearchAsync("de", $"{token} beta"), "offers"));

        Assert.Equal($"/de/offers/{both.Slug}", hit.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_DraftsOfEveryType_AreNeverFound()
    {
        var token = Token();
        await site.AddOfferAsync($"Entwurf {token}", draft: true);
        await new PartnerBuilder($"Entwurf {token}").Draft().InsertAsync(site);
        await site.AddPublicationAsync(PublishState.Draft, ("de", $"Entwurf {token}", "Kurz."));
        await site.AddPublicationAsync(PublishState.InReview, ("de", $"Prüfung {token}", "Kurz."));
        var category = await site.AddLinkCategoryAsync();
        await site.AddLinkAsync(category, state: PublishState.Draft, title: $"Entwurf {token}");
        await site.AddLiteratureAsync(category, state: PublishState.Draft, title: $"Entwurf {token}");
        await new FieldOfActionBuilder().WithTranslation("de", $"Entwurf {token}").Draft().InsertAsync(site);

        var page = await SearchAsync("de", token);

        Assert.Empty(page.Document.QuerySelectorAll(".search-hit"));
        Assert.Contains("Keine Treffer", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_AcrossTypes_GroupsWithCountsInTheirOrder()
    {
        var token = Token();
        await site.AddOfferAsync($"Angebot {token}");
        await site.AddOfferAsync($"Noch ein Angebot {token}");
        await new PartnerBuilder($"Partner {token}").InsertAsync(site);
        await site.AddPublicationAsync(PublishState.Published, ("de", $"Broschüre {token}", "Kurz."));
        var field = await new FieldOfActionBuilder().WithTranslation("de", $"Handlungsfeld {token}").InsertAsync(site);
        var category = await site.AddLinkCategoryAsync();
        var link = await site.AddLinkAsync(category, title: $"Link {token}");
        var book = await site.AddLiteratureAsync(category, title: $"Buch {token}");

        var page = await SearchAsync("de", token);

        Assert.Equal(["offers", "partners", "publications", "concept", "links", "literature"], page.Document.QuerySelectorAll(".search-group").Select(g => g.Id!["search-group-".Length..]));
        Assert.Equal(
            ["Aufgaben und Angebote (2)", "Partner (1)", "Publikationen (1)", "Integrationskonzept (1)", "Links (1)", "Literatur (1)"],
            page.Document.QuerySelectorAll(".search-groups-nav a").Select(a => a.NormalizedText()));
        Assert.Contains("7 Treffer", page.Document.QuerySelector("#search-results-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/de/concept#field-{field.Slug}", Hits(page, "concept").Single().QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"/de/links#{link.Slug}", Hits(page, "links").Single().QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"/de/links#{book.Slug}", Hits(page, "literature").Single().QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_MoreOffersThanTheCap_LinksToTheWholeGroup()
    {
        var token = Token();
        for (var i = 0; i < 7; i++)
        {
            await site.AddOfferAsync($"Kurs {i} {token}");
        }

        var page = await SearchAsync("de", token);
        var more = page.Document.QuerySelector("#search-group-offers .search-group__more a")!;
        var all = await _client.GetPageAsync(more.GetAttribute("href")!);

        Assert.Equal(5, Hits(page, "offers").Count);
        Assert.Contains("7", more.TextContent, StringComparison.Ordinal);
        Assert.Equal(7, Hits(all, "offers").Count);
        Assert.Null(all.Document.QuerySelector("#search-group-offers .search-group__more"));
    }

    [Fact]
    public async Task Search_MorePartnersThanTheCap_LinksToTheDirectoryWithTheSameCount()
    {
        var token = Token();
        for (var i = 0; i < 6; i++)
        {
            await new PartnerBuilder($"Verein {i} {token}").InsertAsync(site);
        }

        var page = await SearchAsync("de", $"Verein {token}");
        var more = page.Document.QuerySelector("#search-group-partners .search-group__more a")!;
        var directory = await _client.GetPageAsync(more.GetAttribute("href")!);

        Assert.Equal(5, Hits(page, "partners").Count);
        Assert.Equal($"/de/partners?q=Verein%20{token}", more.GetAttribute("href"));
        Assert.Equal(6, directory.Document.QuerySelectorAll(".partner-list .partner-card").Length);
    }

    [Fact]
    public async Task Search_StoredMarkup_IsShownAsTextAroundTheMarks()
    {
        var token = Token();
        await site.AddOfferAsync($"<b>fett</b> {token}", summary: $"<script>alert(1)</script> {token} & mehr");

        var page = await SearchAsync("de", token);

        Assert.DoesNotContain("<script>alert", page.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>fett", page.Raw, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main b, main script"));
        Assert.Contains("<script>alert(1)</script>", Hits(page, "offers").Single().QuerySelector(".search-hit__text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PercentAndUnderscore_MatchLiterally()
    {
        var token = Token();
        await site.AddOfferAsync($"100% kostenlos {token}");
        await site.AddOfferAsync($"ganz kostenlos {token}");

        Assert.Single(Hits(await SearchAsync("de", $"{token} %"), "offers"));
        Assert.Empty(Hits(await SearchAsync("de", $"{token} _"), "offers"));
    }

    [Theory]
    [InlineData("de", "/de/search", "Bitte geben Sie einen Suchbegriff ein.")]
    [InlineData("de", "/de/search?q=", "Bitte geben Sie einen Suchbegriff ein.")]
    [InlineData("de", "/de/search?q=%20%20%09", "Bitte geben Sie einen Suchbegriff ein.")]
    [InlineData("en", "/en/search?q=", "Please enter a search term.")]
    [InlineData("ar", "/ar/search?q=", "يرجى إدخال كلمة للبحث.")]
    public async Task Search_EmptyQuery_AsksForASearchTerm(string culture, string url, string message)
    {
        var page = await _client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(culture, page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(message, page.Document.QuerySelector(".search-message .kern-title")!.TextContent);
        Assert.Null(page.Document.QuerySelector("#search-results-heading"));
    }

    [Fact]
    public async Task Search_OverlongQuery_SaysSoAndDoesNotSearch()
    {
        var token = Token();
        await site.AddOfferAsync($"Lang {token}");

        var page = await SearchAsync("de", token + " " + new string('x', 200));

        Assert.Equal("Der Suchbegriff ist zu lang.", page.Document.QuerySelector(".search-message .kern-title")!.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll(".search-hit"));
    }

    [Theory]
    [InlineData("q=%25")]
    [InlineData("q=_")]
    [InlineData("q=%22%27%60")]
    [InlineData("q=%00%01%1F%7F")]
    [InlineData("q=a%00b")]
    [InlineData("q=%3Cscript%3E%26amp%3B")]
    [InlineData("q=%ED%A0%80")]
    [InlineData("q=%F0%9F%98%80")]
    [InlineData("q=%E2%80%AE%D8%B9")]
    [InlineData("q=a&q=b&q=")]
    [InlineData("q=beratung&group=unbekannt")]
    [InlineData("q=beratung&group=partners")]
    [InlineData("q=beratung&other=1")]
    [InlineData("q[]=x")]
    public async Task Search_AnyInput_NeverFails(string query)
    {
        var response = await _client.GetAsync(new Uri("/de/search?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_VeryLongQueryString_NeverFails()
    {
        var response = await _client.GetAsync(new Uri("/de/search?q=" + new string('ä', 3000), UriKind.Relative));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
    }

    [Fact]
    public async Task Results_AreNotForSearchEngines()
    {
        var page = await SearchAsync("de", "beratung");
        var sitemap = await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));

        Assert.Equal("noindex", page.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.DoesNotContain("/search", sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/de/", "de")]
    [InlineData("/ar/offers", "ar")]
    [InlineData("/en/partners", "en")]
    [InlineData("/de/contact", "de")]
    public async Task Header_EveryPage_HasALabelledSearchFormWithoutScript(string url, string culture)
    {
        var page = await _client.GetPageAsync(url);

        var form = page.Document.QuerySelector("header form[role=search]")!;
        Assert.Equal($"/{culture}/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.False(string.IsNullOrWhiteSpace(form.GetAttribute("aria-label")));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.False(string.IsNullOrWhiteSpace(form.QuerySelector($"label[for={input.Id}]")?.TextContent));
    }

    private async Task<Infrastructure.Page> SearchAsync(string culture, string query)
    {
        var page = await _client.GetPageAsync($"/{culture}/search?q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page;
    }

    private static List<IElement> Hits(Infrastructure.Page page, string group) =>
        [.. page.Document.QuerySelectorAll($"#search-group-{group} .search-hit")];
}
