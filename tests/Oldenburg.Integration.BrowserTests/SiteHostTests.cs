using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>The harness itself: a real port, a real database file, and guards that can fail.</summary>
[Collection(BrowserSuite.Name)]
public sealed class SiteHostTests(BrowserFixture fixture)
{
    [Fact]
    public async Task KestrelSiteFactory_Started_ServesHealthOnDynamicLoopbackPort()
    {
        Assert.Equal("127.0.0.1", fixture.BaseAddress.Host);
        Assert.NotEqual(5000, fixture.BaseAddress.Port);

        await using var session = await fixture.NewSessionAsync();
        var response = await session.GotoAsync("/health");

        Assert.Equal("Healthy", await response.TextAsync());
        session.Guard.AssertNothingLeftTheMachine();
    }

    [Fact]
    public async Task KestrelSiteFactory_Started_UsesSqliteFileInTemporaryFolder()
    {
        await using var session = await fixture.NewSessionAsync();
        await session.GotoAsync("/health/ready");

        Assert.True(File.Exists(Path.Combine(fixture.Site.DataDirectory, "oldenburg-integration.db")));
    }

    [Fact]
    public async Task LocalRequestGuard_PageLoadsFromOtherHost_ReportsAndBlocksIt()
    {
        await using var session = await fixture.NewSessionAsync();
        // A reserved name that can never resolve; the guard aborts the request before any lookup anyway.
        var blocked = new TaskCompletionSource<string>();
        session.Page.RequestFailed += (_, request) => blocked.TrySetResult(request.Url);
        await session.Page.SetContentAsync(
            "<!doctype html><html lang='de'><title>Probe</title><img alt='' src='http://tracker.invalid/pixel.gif'></html>");

        Assert.Equal("http://tracker.invalid/pixel.gif", await blocked.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("http://tracker.invalid/pixel.gif", session.Guard.ForeignRequests);
        Assert.Throws<Xunit.Sdk.TrueException>(session.Guard.AssertNothingLeftTheMachine);
    }

    [Fact]
    public async Task AxeAudit_PageWithUnlabelledField_ReportsViolation()
    {
        await using var session = await fixture.NewSessionAsync();
        await session.Page.SetContentAsync(
            "<!doctype html><html lang='de'><head><title>Probe</title></head>" +
            "<body><main><h1>Probe</h1><input type='text'></main></body></html>");

        var result = await AxeAudit.RunAsync(session.Page);

        Assert.Contains(result.Violations, v => v.Id == "label");
        Assert.Contains("label", AxeAudit.Describe(session.Page.Url, result.Violations), StringComparison.Ordinal);
    }
}
