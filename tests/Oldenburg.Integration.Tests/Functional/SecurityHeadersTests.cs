using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(ReadOnlySite.Name)]
public class SecurityHeadersTests(SiteFactory site)
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/")]
    [InlineData("/no-such-page")]
    public async Task Get_AnyResponse_CarriesStrictSecurityHeaders(string path)
    {
        using var client = site.CreateBrowser();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }
}
