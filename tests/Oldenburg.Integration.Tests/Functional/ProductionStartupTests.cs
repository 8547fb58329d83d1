using System.Net;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Production refuses to start until it knows its own address and hosts.</summary>
public class ProductionStartupTests
{
    [Theory]
    [InlineData("*", SiteFactory.BaseUrl, "AllowedHosts")]
    [InlineData("", SiteFactory.BaseUrl, "AllowedHosts")]
    [InlineData("integration.test", "", "Site__BaseUrl")]
    [InlineData("integration.test", "/relative", "Site__BaseUrl")]
    [InlineData("integration.test", "ftp://integration.test", "Site__BaseUrl")]
    public void Start_ProductionWithoutHostsOrAddress_FailsNamingTheSetting(string allowedHosts, string baseUrl, string setting)
    {
        using var site = Production(allowedHosts, baseUrl);

        var error = Record.Exception(() => site.CreateClient());

        Assert.NotNull(error);
        Assert.Contains($"Set {setting} ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithHostsAndAddress_ServesPagesWithThatAddress()
    {
        using var site = Production("localhost", "https://www.oldenburg.example/integration");

        var response = await site.CreateClient().GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Sitemap: https://www.oldenburg.example/integration/sitemap.xml", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionAllowedHosts_RefusesOtherHosts()
    {
        using var site = Production("integration.test", SiteFactory.BaseUrl);
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health", UriKind.Relative));
        request.Headers.Host = "attacker.example";

        var response = await site.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static SiteFactory Production(string allowedHosts, string baseUrl) => SiteFactory.Create(new Dictionary<string, string?>
    {
        ["environment"] = "Production",
        ["AllowedHosts"] = allowedHosts,
        ["Site:BaseUrl"] = baseUrl,
    });
}
