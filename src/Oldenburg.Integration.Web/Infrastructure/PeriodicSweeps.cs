namespace Oldenburg.Integration.Web.Infrastructure;

/// <summary>A clean-up that deletes or erases what is past its retention period.</summary>
public interface IPeriodicSweep
{
    /// <summary>How often the sweep runs after the first run at start-up.</summary>
    static abstract TimeSpan Interval { get; }

    /// <summary>Name used in the log when a run fails.</summary>
    static abstract string Name { get; }

    /// <returns>How many rows were swept.</returns>
    Task<int> RunAsync(DateTime utcNow, CancellationToken cancellationToken = default);
}

/// <summary>
/// Runs a sweep soon after start-up (<see cref="BackgroundStart"/>) and then every <see cref="IPeriodicSweep.Interval"/>, with no request
/// needed, on the app's clock so that tests can drive it. A failed run never stops the host.
/// </summary>
public sealed partial class PeriodicSweepService<TSweep>(
    IServiceScopeFactory scopes, TimeProvider clock, BackgroundStart start, ILogger<PeriodicSweepService<TSweep>> logger) : BackgroundService
    where TSweep : class, IPeriodicSweep
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up finish first; a sweep is never urgent to the minute.
        try
        {
            await start.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        using var timer = new PeriodicTimer(TSweep.Interval, clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<TSweep>().RunAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database outage must not stop the host; the next run tries again.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogSweepFailed(logger, TSweep.Name, exception.GetType().Name);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Sweep} sweep failed ({ErrorType}); it runs again later.")]
    private static partial void LogSweepFailed(ILogger logger, string sweep, string errorType);
}
