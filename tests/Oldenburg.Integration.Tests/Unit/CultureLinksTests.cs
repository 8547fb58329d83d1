using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

using Oldenburg.Integration.Web.Infrastructure;

using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Tests.Unit;

public class CultureLinksTests
{
    private static HttpRequest Request(string path, string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("integration.example.org");
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }

    [Theory]
    [InlineData("/de/offers/beratung", "", "en", "/en/offers/beratung")]
    [InlineData("/de/offers", "?page=2", "ar", "/ar/offers?page=2")]
    [InlineData("/ar/", "", "de", "/de/")]
    [InlineData("/en", "", "de", "/de")]
    public void PathFor_CulturePath_SwapsOnlyTheCultureSegment(string path, string query, string culture, string expected)
    {
        Assert.Equal(expected, CultureLinks.PathFor(Request(path, query), culture));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/offers")]
    [InlineData("/xx/offers")]
    public void PathFor_PathWithoutSupportedCulture_ReturnsCultureRoot(string path)
    {
        Assert.Equal("/en", CultureLinks.PathFor(Request(path), "en"));
    }

    [Fact]
    public void AbsoluteFor_ConfiguredBaseWithPath_UsesItAndIgnoresTheRequestHost()
    {
        var site = new SiteAddress(Options.Create(new SiteOptions { BaseUrl = "https://www.oldenburg.example/integration/" }));

        Assert.Equal("https://www.oldenburg.example/integration/ar/contact", CultureLinks.AbsoluteFor(site, Request("/de/contact"), "ar"));
    }

    [Theory]
    [InlineData("ar,en;q=0.8", "ar")]
    [InlineData("en-GB", "en")]
    [InlineData("EN-us", "en")]
    [InlineData("fr", "de")]
    [InlineData("", "de")]
    [InlineData("fr;q=1, en;q=0.5", "en")]
    [InlineData("tr;q=1, en;q=0.5", "tr")]
    [InlineData("fa-IR", "fa")]
    [InlineData("uk", "uk")]
    [InlineData("pl-PL,pl;q=0.9,de;q=0.8", "pl")]
    [InlineData("ru-RU", "ru")]
    [InlineData("en;q=0.2, ar;q=0.9", "ar")]
    [InlineData("en;q=0, ar;q=0.1", "ar")]
    [InlineData("en;q=0", "de")]
    [InlineData("*", "de")]
    public void BestMatch_AcceptLanguage_ReturnsBestSupportedCultureElseGerman(string header, string expected)
    {
        var values = StringWithQualityHeaderValue.ParseList(header.Length == 0 ? [] : [header]);

        Assert.Equal(expected, CultureLinks.BestMatch(values));
    }
}
