using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>
/// Erases the submitter's contact data and message of suggestions older than the retention period,
/// open or closed, as the privacy notice on the form promises.
/// </summary>
public sealed partial class SuggestionRetention(AppDbContext db, IOptions<SuggestionOptions> options, ILogger<SuggestionRetention> logger) : IPeriodicSweep
{
    public static TimeSpan Interval => TimeSpan.FromHours(6);

    public static string Name => "suggestion retention";

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
