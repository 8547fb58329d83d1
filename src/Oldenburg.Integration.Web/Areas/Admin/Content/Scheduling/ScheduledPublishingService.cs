using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Areas.Admin.Content.Scheduling;

/// <summary>
/// Runs the <see cref="ContentScheduler"/> soon after start-up (<see cref="BackgroundStart"/>), then again at the next scheduled time or
/// after a minute, whichever comes first, so a schedule takes effect within a minute without any
/// request. The minute bounds the wait for times saved while it sleeps (and by other instances).
/// </summary>
public sealed partial class ScheduledPublishingService(
    IServiceScopeFactory scopes, TimeProvider clock, BackgroundStart start, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    public static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await start.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var sleep = MaxSleep;
            try
            {
                sleep = await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database outage must not stop the host; the next round tries again.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogRunFailed(logger, exception.GetType().Name, exception);
            }

            try
            {
                await Task.Delay(sleep, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<TimeSpan> RunOnceAsync(CancellationToken stoppingToken)
    {
        using var scope = scopes.CreateScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<ContentScheduler>();
        var run = await scheduler.RunDueAsync(stoppingToken);
        foreach (var change in run.Changes)
        {
            LogChanged(logger, change.Ref, change.Action);
        }

        var next = await scheduler.NextDueAsync(stoppingToken);
        var untilNext = (next ?? DateTime.MaxValue) - clock.GetUtcNow().UtcDateTime;
        return untilNext < TimeSpan.Zero ? TimeSpan.Zero : untilNext < MaxSleep ? untilNext : MaxSleep;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule: {Item} {Action}.")]
    private static partial void LogChanged(ILogger logger, ContentRef item, ScheduleAction action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The scheduled publishing run failed ({ErrorType}); it runs again in a minute.")]
    private static partial void LogRunFailed(ILogger logger, string errorType, Exception exception);
}

public static class SchedulingServices
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddScoped<ContentScheduler>();
        services.AddHostedService<ScheduledPublishingService>();
        return services;
    }
}
