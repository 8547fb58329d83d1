using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>
/// Deletes messages and their notes past the retention period, as the privacy notice on the forms
/// promises: every message after <see cref="ContactOptions.RetentionDays"/>, a done one already
/// <see cref="ContactOptions.DoneRetentionDays"/> after it was marked done.
/// </summary>
public sealed partial class MessageRetention(AppDbContext db, IOptions<ContactOptions> options, ILogger<MessageRetention> logger) : IPeriodicSweep
{
    public static TimeSpan Interval => TimeSpan.FromHours(6);

    public static string Name => "message retention";

    /// <returns>How many messages were deleted.</returns>
    public async Task<int> RunAsync(DateTime utcNow, CancellationToken cancellationToken = default)
    {
        var cutoff = utcNow.AddDays(-Math.Max(0, options.Value.RetentionDays));
        var doneCutoff = utcNow.AddDays(-Math.Max(0, options.Value.DoneRetentionDays));
        var expired = db.PublicMessages.Where(m =>
            m.ReceivedAt < cutoff || (m.Status == PublicMessageStatus.Done && m.DoneAt != null && m.DoneAt < doneCutoff));

        // Notes first and explicitly, so no provider's cascade setting can leave them behind.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PublicMessageNotes.Where(n => expired.Select(m => m.Id).Contains(n.PublicMessageId)).ExecuteDeleteAsync(cancellationToken);
        var deleted = await expired.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (deleted > 0)
        {
            LogDeleted(logger, deleted);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} messages from the public past the retention period.")]
    private static partial void LogDeleted(ILogger logger, int count);
}
