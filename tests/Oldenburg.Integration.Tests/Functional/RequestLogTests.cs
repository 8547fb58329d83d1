using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>
/// A page view costs at most one log line, and only at Debug; the stylesheets, fonts and health probes
/// around it would multiply the lines (and their cost) without telling an operator anything. What an
/// operator acts on (client errors, failures) stays at Information or above.
/// </summary>
[Collection(SerialLogFileTests.Name)]
public sealed class RequestLogTests
{
    [Fact]
    public async Task StaticFileHealthProbeAndPage_DebugLevel_OnlyThePageIsLogged()
    {
        using var site = SiteFactory.Create(new Dictionary<string, string?>
        {
            ["Logging:File:Enabled"] = "true",
            ["Serilog:MinimumLevel:Default"] = "Debug",
        });
        using var client = site.CreateClient();

        foreach (var path in new[] { "/css/site.css", "/lib/kern/fonts/fira-sans-regular-latin.woff2", "/health", "/health/ready", "/de/" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var text = await LogFiles.WaitForAsync(site.DataDirectory, "HTTP GET /de/ responded 200");
        var requestLines = text.Split('\n').Where(l => l.Contains("HTTP GET", StringComparison.Ordinal)).ToList();
        Assert.Single(requestLines);
    }

    [Fact]
    public async Task SuccessfulPageAndMissingPage_InformationLevel_OnlyTheMissingPageIsLogged()
    {
        using var site = SiteFactory.Create(new Dictionary<string, string?>
        {
            ["Logging:File:Enabled"] = "true",
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Logging:SlowRequestMilliseconds"] = "600000",
        });
        using var client = site.CreateClient();

        using (var page = await client.GetAsync(new Uri("/de/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        using (var missing = await client.GetAsync(new Uri("/de/pages/no-such-page", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        var text = await LogFiles.WaitForAsync(site.DataDirectory, "HTTP GET /de/pages/no-such-page responded 404");
        Assert.DoesNotContain("HTTP GET /de/ responded", text, StringComparison.Ordinal);
    }
}
