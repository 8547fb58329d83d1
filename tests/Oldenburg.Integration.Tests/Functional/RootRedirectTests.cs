using System.Net;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(ReadOnlySite.Name)]
public class RootRedirectTests(SiteFactory site)
{
    [Theory]
    [InlineData("ar,en;q=0.8", "/ar/")]
    [InlineData("en-GB", "/en/")]
    [InlineData("fr", "/de/")]
    [InlineData("fr;q=1, en;q=0.5", "/en/")]
    [InlineData("tr", "/tr/")]
    [InlineData("fa-IR,fa;q=0.9,en;q=0.5", "/fa/")]
    [InlineData("uk", "/uk/")]
    [InlineData("pl-PL", "/pl/")]
    [InlineData("ru-RU,ru;q=0.9", "/ru/")]
    [InlineData(null, "/de/")]
    public async Task GetRoot_AcceptLanguage_RedirectsToBestCulture(string? acceptLanguage, string expected)
    {
        using var client = site.CreateBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }
}
