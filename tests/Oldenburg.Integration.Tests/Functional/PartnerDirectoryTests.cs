using System.Net;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>
/// The public directory on the shared writable site. Every test names its partners with a token
/// of its own and searches for it, so other tests' entries never change the counts asserted here.
/// </summary>
[Collection(WritableSite.Name)]
public class PartnerDirectoryTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Index_TopicFilter_ShowsOnlyPartnersWithThatTopic()
    {
        var token = Token();
        var health = await Partner(token).WithTopic("health").InsertAsync(site);
        await Partner(token).WithTopic("housing").InsertAsync(site);

        Assert.Equal([health.Slug], await SlugsAsync($"/de/partners?q={token}&topic=health"));
    }

    [Fact]
    public async Task Index_TypeFilter_ShowsOnlyPartnersOfThatType()
    {
        var token = Token();
        var club = await Partner(token).WithType("sports-culture").InsertAsync(site);
        await Partner(token).WithType("public-authority").InsertAsync(site);

        Assert.Equal([club.Slug], await SlugsAsync($"/de/partners?q={token}&type=sports-culture"));
    }

    [Fact]
    public async Task Index_LanguageFilter_ShowsOnlyPartnersSpeakingIt()
    {
        var token = Token();
        var arabic = await Partner(token).WithLanguage("ar").WithLanguage("de").InsertAsync(site);
        await Partner(token).WithLanguage("de").InsertAsync(site);

        Assert.Equal([arabic.Slug], await SlugsAsync($"/de/partners?q={token}&lang=ar"));
    }

    [Fact]
    public async Task Index_DistrictFilter_ShowsOnlyPartnersInThatDistrict()
    {
        var token = Token();
        var north = await Partner(token).InDistrict("ohmstede").InsertAsync(site);
        await Partner(token).InDistrict("osternburg").InsertAsync(site);
        await Partner(token).InsertAsync(site);

        Assert.Equal([north.Slug], await SlugsAsync($"/de/partners?q={token}&district=ohmstede"));
    }

    [Fact]
    public async Task Index_BarrierFreeFilter_ShowsOnlyBarrierFreePartners()
    {
        var token = Token();
        var stepFree = await Partner(token).BarrierFree().InsertAsync(site);
        await Partner(token).InsertAsync(site);

        Assert.Equal([stepFree.Slug], await SlugsAsync($"/de/partners?q={token}&barrierfree=true"));
    }

    [Fact]
    public async Task Index_TwoTopicsAndALanguage_MatchesEitherTopicButRequiresTheLanguage()
    {
        var token = Token();
        var women = await Partner(token, "A").WithTopic("women").WithLanguage("fa").InsertAsync(site);
        var youth = await Partner(token, "B").WithTopic("youth").WithLanguage("fa").InsertAsync(site);
        await Partner(token, "C").WithTopic("youth").WithLanguage("ru").InsertAsync(site);
        await Partner(token, "D").WithTopic("health").WithLanguage("fa").InsertAsync(site);

        Assert.Equal([women.Slug, youth.Slug], await SlugsAsync($"/de/partners?q={token}&topic=women&topic=youth&lang=fa"));
    }

    [Fact]
    public async Task Index_UnknownFilterValuesAndKeys_AreIgnored()
    {
        var token = Token();
        var partner = await Partner(token).WithTopic("health").InsertAsync(site);

        var page = await _client.GetPageAsync($"/de/partners?q={token}&topic=no-such-topic&type=%3Cscript%3E&colour=red&barrierfree=maybe");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([partner.Slug], Slugs(page));
        Assert.DoesNotContain(page.Document.QuerySelectorAll(".filter-chip"), c => !c.TextContent.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Index_SecondPage_ShowsTheRestWithCurrentPageMarked()
    {
        var token = Token();
        for (var i = 0; i < 23; i++)
        {
            await Partner(token, $"{i:D2}").InsertAsync(site);
        }

        var first = await _client.GetPageAsync($"/de/partners?q={token}");
        var second = await _client.GetPageAsync($"/de/partners?q={token}&page=2");

        Assert.Equal(20, Slugs(first).Count);
        Assert.Equal(3, Slugs(second).Count);
        Assert.Empty(Slugs(first).Intersect(Slugs(second)));
        Assert.Equal("2", second.Document.QuerySelector(".pager [aria-current=page]")?.TextContent.Trim());
        Assert.Equal($"/de/partners?q={token}", second.Document.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.NotNull(first.Document.QuerySelector(".pager a[rel=next]"));
        Assert.Contains("23", second.Document.QuerySelector("#results-heading")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("999999999")]
    [InlineData("99999999999999999999")]
    [InlineData("-5")]
    public async Task Index_OutOfRangePage_ShowsAValidPage(string pageNumber)
    {
        var token = Token();
        for (var i = 0; i < 21; i++)
        {
            await Partner(token, $"{i:D2}").InsertAsync(site);
        }

        var page = await _client.GetPageAsync($"/de/partners?q={token}&page={pageNumber}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(Slugs(page));
    }

    [Theory]
    [InlineData("Ärzte", "ärzte")]
    [InlineData("İstanbul", "Istanbul")]
    [InlineData("Юрист", "юрист")]
    [InlineData("مُسْتَشَارٌ", "مستشار")]
    [InlineData("أسرة", "اسره")]
    [InlineData("Straße", "STRASSE")]
    public async Task Index_SearchInAnotherScript_FindsFoldedText(string stored, string query)
    {
        var token = Token();
        var partner = await Partner(token).WithText("de", $"Beratung {stored} und mehr").InsertAsync(site);

        Assert.Equal([partner.Slug], await SlugsAsync($"/de/partners?q={Uri.EscapeDataString(query + " " + token)}"));
    }

    [Fact]
    public async Task Index_SearchWithWildcardCharacters_MatchesThemLiterally()
    {
        var token = Token();
        var percent = await Partner(token).WithText("de", "100% kostenlos").InsertAsync(site);
        await Partner(token).WithText("de", "ganz kostenlos").InsertAsync(site);

        Assert.Equal([percent.Slug], await SlugsAsync($"/de/partners?q={token}+%25"));
        Assert.Empty(await SlugsAsync($"/de/partners?q={token}+_"));
    }

    [Fact]
    public async Task Index_NameStartsWithQuery_RanksBeforeTextMatches()
    {
        var token = Token();
        var textOnly = await new PartnerBuilder($"Aaa {token}").WithText("de", "Sprachcafé").InsertAsync(site);
        var nameA = await new PartnerBuilder($"Aaa Sprachcafé {token}").InsertAsync(site);
        var nameZ = await new PartnerBuilder($"Zentrum Sprachcafé {token}").InsertAsync(site);
        var startsWith = await new PartnerBuilder($"Sprachcafé {token} Ende").InsertAsync(site);

        Assert.Equal([startsWith.Slug, nameA.Slug, nameZ.Slug, textOnly.Slug], await SlugsAsync($"/de/partners?q=sprachcafe+{token}"));
    }

    [Fact]
    public async Task Index_TenKilobyteQueryString_NeverFails()
    {
        var junk = string.Join('&', Enumerable.Range(0, 700).Select(i => $"topic=x{i}&q=abcdef"));

        var response = await _client.GetAsync(new Uri("/de/partners?" + junk, UriKind.Relative));

        Assert.True(junk.Length > 10_000);
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
    }

    [Fact]
    public async Task Index_ActiveFilter_ShowsChipLinkingToTheListWithoutIt()
    {
        var token = Token();
        await Partner(token).WithTopic("health").WithTopic("women").InsertAsync(site);

        var page = await _client.GetPageAsync($"/de/partners?q={token}&topic=health&topic=women");
        var chip = page.Document.QuerySelectorAll(".filter-chip").Single(c => c.GetAttribute("aria-label") == "Filter entfernen: Gesundheit");

        Assert.Equal($"/de/partners?q={token}&topic=women", chip.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/de/partners']"));
    }

    [Fact]
    public async Task Index_NoResults_SuggestsRemovingAFilter()
    {
        var token = Token();
        await Partner(token).WithTopic("health").InsertAsync(site);

        var page = await _client.GetPageAsync($"/de/partners?q={token}&topic=housing");

        Assert.Empty(Slugs(page));
        Assert.Contains("Entfernen Sie einen der Filter", page.Text, StringComparison.Ordinal);
        Assert.Contains(page.Document.QuerySelectorAll(".kern-alert .filter-chip"), c => c.GetAttribute("href") == $"/de/partners?q={token}");
    }

    [Fact]
    public async Task Index_ArabicPage_IsRightToLeftWithArabicLookupNames()
    {
        var token = Token();
        await Partner(token).WithTopic("health").InsertAsync(site);

        var page = await _client.GetPageAsync($"/ar/partners?q={token}");

        Assert.Equal("rtl", page.Document.DocumentElement.GetAttribute("dir"));
        Assert.Contains("الصحة", page.Text, StringComparison.Ordinal);
        Assert.Contains("الشركاء والاستشارات", page.Document.QuerySelector(".site-nav")!.TextContent, StringComparison.Ordinal);
    }

    private static PartnerBuilder Partner(string token, string suffix = "") => new($"Testpartner {token} {suffix}{Unique.Name("")}");

    private static string Token() => "tok" + Guid.NewGuid().ToString("N")[..10];

    private async Task<List<string>> SlugsAsync(string url)
    {
        var page = await _client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return Slugs(page);
    }

    private static List<string> Slugs(Page page) =>
        [.. page.Document.QuerySelectorAll(".partner-list .partner-card h3 a").Select(a => a.GetAttribute("href")!.Split('/').Last())];
}
