using System.Net;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(ReadOnlySite.Name)]
public class NotFoundTests(SiteFactory site)
{
    [Theory]
    [InlineData("/xx/offers")]
    [InlineData("/xx/")]
    [InlineData("/DE/offers")]
    public async Task Get_UnsupportedCulture_Returns404(string path)
    {
        using var client = site.CreateBrowser();

        var page = await client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        PageAssert.NoStackTrace(page);
    }

    [Theory]
    [InlineData("de", "Seite nicht gefunden")]
    [InlineData("en", "Page not found")]
    [InlineData("ar", "الصفحة غير موجودة")]
    public async Task Get_UnknownSlug_Returns404PageInThatLanguage(string culture, string heading)
    {
        using var client = site.CreateBrowser();

        var page = await client.GetPageAsync($"/{culture}/offers/no-such-offer");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        PageAssert.NoStackTrace(page);
        Assert.Equal(culture, page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(culture == "ar" ? "rtl" : "ltr", page.Document.DocumentElement.GetAttribute("dir"));
        Assert.Equal(heading, page.Document.QuerySelector("main h1")?.NormalizedText());
    }

    [Fact]
    public async Task Get_TenKilobyteQueryString_Returns200WithoutStackTrace()
    {
        using var client = site.CreateBrowser();

        var page = await client.GetPageAsync("/de/offers?q=" + new string('x', 10 * 1024));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        PageAssert.NoStackTrace(page);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task Get_TwoThousandCharacterSlug_Returns404WithoutStackTrace(string culture)
    {
        using var client = site.CreateBrowser();

        var page = await client.GetPageAsync($"/{culture}/offers/" + new string('a', 2000));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        PageAssert.NoStackTrace(page);
        Assert.Equal(culture, page.Document.DocumentElement.GetAttribute("lang"));
    }
}
