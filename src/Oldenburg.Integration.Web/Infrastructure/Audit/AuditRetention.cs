using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Web.Infrastructure.Audit;

/// <summary>Deletes audit entries older than <see cref="AuditOptions.RetentionDays"/>.</summary>
public sealed partial class AuditRetention(AppDbContext db, IOptions<AuditOptions> options, ILogger<AuditRetention> logger) : IPeriodicSweep
{
    public static TimeSpan Interval => TimeSpan.FromHours(24);

    public static string Name => "audit retention";

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
