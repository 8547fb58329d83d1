using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Web.Infrastructure.Audit;

/// <summary>Deletes audit entries older than <see cref="AuditOptions.RetentionDays"/>.</summary>
public sealed partial class AuditRetention(AppDbContext db, IOptions<AuditOptions> options, ILogger<AuditRetention> logger)
{
    /// <returns>How many entries were deleted.</returns>
    public async Task<int> RunAsync(DateTime utcNow, CancellationToken cancellationToken = default)
    {
        var cutoff = utcNow.AddDays(-options.Value.RetentionDays);

        // One set-based statement: the log can be large, and nothing needs the rows loaded.
        var deleted = await db.AuditEntries.Where(e => e.At < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(logger, deleted);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} audit entries past the retention period.")]
    private static partial void LogDeleted(ILogger logger, int count);
}

/// <summary>Runs <see cref="AuditRetention"/> at start-up and once a day, with no request needed.</summary>
public sealed partial class AuditRetentionService(
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditRetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up finish first; the sweep is never urgent to the minute.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<AuditRetention>().RunAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database outage must not stop the host; the next run tries again.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogSweepFailed(logger, exception.GetType().Name);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The audit retention sweep failed ({ErrorType}); it runs again later.")]
    private static partial void LogSweepFailed(ILogger logger, string errorType);
}
