using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>
/// A page view costs one log line; the stylesheets, fonts and health probes around it would
/// multiply the lines (and their cost) without telling an operator anything.
/// </summary>
[Collection(SerialLogFileTests.Name)]
public sealed class RequestLogTests
{
    [Fact]
    public async Task StaticFileHealthProbeAndPage_FileLogging_OnlyThePageIsLogged()
    {
        using var site = SiteFactory.Create(new Dictionary<string, string?>
        {
            ["Logging:File:Enabled"] = "true",
            ["Serilog:MinimumLevel:Default"] = "Information",
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
}
