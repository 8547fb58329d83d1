using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task Login_MoreAttemptsThanAllowedPerMinute_IsRejectedWith429()
    {
        using var site = SiteFactory.Create(new Dictionary<string, string?> { ["Security:LoginAttemptsPerMinute"] = "3" });
        var browser = site.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await browser.SubmitLoginAsync("nobody@example.org", "wrong-password-123")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
