using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Background work waits for the site to have started, then for the configured delay.</summary>
public class BackgroundStartTests
{
    [Fact]
    public async Task Wait_BeforeTheSiteStarted_DoesNotEnd_AfterItAndTheDelay_Ends()
    {
        var lifetime = new Lifetime();
        var start = new BackgroundStart(lifetime, Settings("00:00:00.200"));

        var waiting = start.WaitAsync(CancellationToken.None);
        await Task.Delay(300, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        lifetime.Started.Cancel();
        await Task.Delay(50, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
    }

    [Fact]
    public async Task Wait_HostStopping_EndsCancelled()
    {
        using var stopping = new CancellationTokenSource();
        var waiting = new BackgroundStart(new Lifetime(), Settings("00:00:00")).WaitAsync(stopping.Token);

        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    private static IConfiguration Settings(string delay) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Hosting:BackgroundStartDelay"] = delay }).Build();

    private sealed class Lifetime : IHostApplicationLifetime
    {
        public CancellationTokenSource Started { get; } = new();

        public CancellationToken ApplicationStarted => Started.Token;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
