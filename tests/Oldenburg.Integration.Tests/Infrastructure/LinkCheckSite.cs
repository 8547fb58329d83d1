namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// A site whose link checker may reach the loopback test server (and nothing else), with a
/// three-second timeout so the slow endpoint times out quickly. Its database holds only the links its tests add.
/// </summary>
public sealed class LinkCheckSite : SiteFactory, IAsyncLifetime
{
    public LinkCheckSite()
        : base(
            new Dictionary<string, string?>
            {
                ["LinkChecker:AllowPrivateAddresses"] = "true",
                ["LinkChecker:TimeoutSeconds"] = "3",
                ["LinkChecker:MaxParallel"] = "3",
            },
            dataDirectory: null)
    {
    }

    public LinkTargetServer Target { get; private set; } = null!;

    public async Task InitializeAsync() => Target = await LinkTargetServer.StartAsync();

    async Task IAsyncLifetime.DisposeAsync() => await Target.DisposeAsync();
}
