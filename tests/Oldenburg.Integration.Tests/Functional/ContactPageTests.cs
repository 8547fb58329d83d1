using System.Net;
using System.Text.Json;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(ReadOnlySite.Name)]
public class ContactPageTests(SiteFactory site)
{
    private const string Email = "integration@stadt-oldenburg.de";

    private async Task<Page> ContactAsync(string culture)
    {
        using var client = site.CreateBrowser();
        var page = await client.GetPageAsync($"/{culture}/contact");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page;
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task GetContact_SeededOffice_ShowsBothPhonesAsTelLinks(string culture)
    {
        var page = await ContactAsync(culture);

        var main = page.Document.QuerySelector("main")!;
        Assert.Equal("0441 235-3233", main.QuerySelector("a[href='tel:+494412353233']")?.NormalizedText());
        Assert.Equal("0441 235-2188", main.QuerySelector("a[href='tel:+494412352188']")?.NormalizedText());
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task GetContact_SeededOffice_ShowsFaxAndPostalAddress(string culture)
    {
        var page = await ContactAsync(culture);

        var main = page.Document.QuerySelector("main")!;
        Assert.Contains("0441 235-3356", main.NormalizedText(), StringComparison.Ordinal);
        var address = main.QuerySelector("address")?.NormalizedText() ?? "";
        Assert.Contains("Altes Rathaus", address, StringComparison.Ordinal);
        Assert.Contains("Markt 1", address, StringComparison.Ordinal);
        Assert.Contains("26105 Oldenburg", address, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task GetContact_SeededOffice_ShowsEmailReadablyWithWorkingMailtoButNeverInRawHtml(string culture)
    {
        var page = await ContactAsync(culture);

        var main = page.Document.QuerySelector("main")!;
        Assert.Contains("integration(at)stadt-oldenburg.de", main.NormalizedText(), StringComparison.Ordinal);
        var mailto = main.QuerySelectorAll("a[href]")
            .Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!))
            .Where(href => href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"mailto:{Email}", mailto);
        Assert.DoesNotContain(Email, page.Raw, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task GetContact_SeededOffice_DescribesGovernmentOfficeAsJsonLd(string culture)
    {
        var page = await ContactAsync(culture);

        var script = Assert.Single(page.Document.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("GovernmentOffice", root.GetProperty("@type").GetString());
        Assert.Equal(Email, root.GetProperty("email").GetString());
        Assert.Equal("26105", root.GetProperty("address").GetProperty("postalCode").GetString());
    }
}
