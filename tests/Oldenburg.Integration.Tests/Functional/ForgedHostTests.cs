using System.Net;

using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Functional.Suggestions;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>
/// Every absolute link comes from Site:BaseUrl. A request that claims another host must not get
/// that host into anything a proxy could cache or staff could trust.
/// </summary>
[Collection(SuggestionSites.Name)]
public class ForgedHostTests(SuggestionSite site)
{
    private const string Attacker = "attacker.example";

    [Fact]
    public async Task EveryPublicDocument_ForgedHostHeader_LinksOnlyToConfiguredBaseAddress()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Gefälschter Host").Published().Build());
        var page = await site.InsertAsync(new PageBuilder().WithTranslation("de", "Ständige Seite").Build());
        var logo = Guid.NewGuid().ToString("N") + ".png";
        var partner = await new PartnerBuilder().WithLogo(logo).WithEmail("host@example.org").InsertAsync(site);
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var urls = new[]
        {
            "/de/", "/de/offers", $"/de/offers/{offer.Slug}", "/de/contact", $"/en/pages/{page.Slug}", "/de/partners",
            $"/ar/partners/{partner.Slug}", $"/de/partners/{partner.Slug}.vcf", "/de/partners/print", "/de/partners/open-data",
            "/api/partners.json", "/api/partners.csv", "/sitemap.xml", "/sitemap-1.xml", "/robots.txt",
        };

        foreach (var url in urls)
        {
            var response = await client.SendAsync(Forged(HttpMethod.Get, url));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.DoesNotContain(Attacker, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Attacker, response.Headers.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.True(body.Contains(SiteFactory.BaseUrl + "/", StringComparison.Ordinal), $"{url} has no link to the configured address.");
        }
    }

    /// <summary>Before the path-only redirect this was the proof that the forged header reaches the app.</summary>
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/partners")]
    public async Task SignInRedirect_ForgedHostHeader_IsPathOnly(string url)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.SendAsync(Forged(HttpMethod.Get, url));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.False(location.IsAbsoluteUri, location.ToString());
        Assert.StartsWith(Staff.LoginPath + "?ReturnUrl=", location.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Attacker, location.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Details_ForgedHostHeader_CanonicalHreflangAndJsonLdUseConfiguredAddress()
    {
        var partner = await new PartnerBuilder().WithLogo("any.png").InsertAsync(site);

        var response = await site.CreateClient().SendAsync(Forged(HttpMethod.Get, $"/de/partners/{partner.Slug}"));
        var document = await Html.ParseAsync(response);

        Assert.Equal($"{SiteFactory.BaseUrl}/de/partners/{partner.Slug}", document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal($"{SiteFactory.BaseUrl}/ar/partners/{partner.Slug}", document.QuerySelector("link[hreflang=ar]")?.GetAttribute("href"));
        Assert.Equal($"{SiteFactory.BaseUrl}/", document.QuerySelector("link[hreflang=x-default]")?.GetAttribute("href"));
        var jsonLd = document.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains($"\"{SiteFactory.BaseUrl}/partners/{partner.Slug}/logo?v=", jsonLd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestionMail_ForgedHostHeader_LinksStaffToConfiguredAddress()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var form = (await client.GetPageAsync("/de/partners/suggest")).Document.FormWithField("Form.Name");
        var name = Unique.Name("Hosttest");
        var post = Forged(HttpMethod.Post, form.Action);
        post.Content = new FormUrlEncodedContent(form.Fields.Where(f => !f.Key.StartsWith("Form.", StringComparison.Ordinal))
            .Concat(SuggestionFormTests.Valid(name)));

        var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await site.WithDbAsync(db => db.PartnerSuggestions.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        var mail = await SuggestionSite.WaitForMailAsync(site.Smtp, m => m.Data.Contains($"/admin/suggestions/details/{id}", StringComparison.Ordinal));
        Assert.DoesNotContain(Attacker, mail.Data, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{SiteFactory.BaseUrl}/admin/suggestions/details/{id}", mail.Data, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Forged(HttpMethod method, string url) => Forged(method, new Uri(url, UriKind.Relative));

    private static HttpRequestMessage Forged(HttpMethod method, Uri url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Host = Attacker;
        return request;
    }
}
