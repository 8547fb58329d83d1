using System.Net;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(ReadOnlySite.Name)]
public class HealthTests(SiteFactory site)
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task Get_SiteWithMigratedDatabase_ReturnsHealthy(string path)
    {
        using var client = site.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
