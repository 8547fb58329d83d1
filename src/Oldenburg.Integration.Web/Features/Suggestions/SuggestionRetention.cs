using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>
/// Erases the submitter's contact data and message of suggestions older than the retention period,
/// open or closed, as the privacy notice on the form promises.
/// </summary>
public sealed partial class SuggestionRetention(AppDbContext db, IOptions<SuggestionOptions> options, ILogger<SuggestionRetention> logger)
{
    private const int BatchSize = 200;

    /// <returns>How many suggestions were erased.</returns>
    public async Task<int> RunAsync(DateTime utcNow, CancellationToken cancellationToken = default)
    {
        var cutoff = utcNow.AddDays(-Math.Max(0, options.Value.RetentionDays));
        var erased = 0;
        while (true)
        {
            var batch = await db.PartnerSuggestions
                .Where(s => s.CreatedAt < cutoff && s.PersonalDataErasedAt == null)
                .OrderBy(s => s.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var suggestion in batch)
            {
                suggestion.ErasePersonalData(utcNow);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            erased += batch.Count;
        }

        if (erased > 0)
        {
            LogErased(logger, erased);
        }

        return erased;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased the personal data of {Count} suggestions past the retention period.")]
    private static partial void LogErased(ILogger logger, int count);
}

/// <summary>Runs <see cref="SuggestionRetention"/> at start-up and every six hours.</summary>
public sealed partial class SuggestionRetentionService(
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<SuggestionRetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

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
                await scope.ServiceProvider.GetRequiredService<SuggestionRetention>().RunAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The suggestion retention sweep failed ({ErrorType}); it runs again later.")]
    private static partial void LogSweepFailed(ILogger logger, string errorType);
}
