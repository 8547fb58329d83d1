namespace Oldenburg.Integration.Web.Infrastructure;

/// <summary>
/// Background work (sweeps, scheduled publishing) begins once the site serves pages and a little
/// later still (<c>Hosting:BackgroundStartDelay</c>, default 5 s). Otherwise every service's first
/// run, each compiling its own queries, shares the machine with the first visitors after a start.
/// Real time, not the app's clock: this is about the process, and tests that drive the clock set it to 0.
/// </summary>
public sealed class BackgroundStart(IHostApplicationLifetime lifetime, IConfiguration configuration)
{
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(5);

    public async Task WaitAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        var delay = configuration.GetValue("Hosting:BackgroundStartDelay", DefaultDelay);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, stoppingToken);
        }
    }
}
