using Oldenburg.Integration.Web.Areas.Admin.Content.Scheduling;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>
/// Leaves the same traces for a scheduled publish or withdrawal as for one from the list: an
/// audit entry and a revision, by "Zeitplan" since no one is signed in when it happens.
/// </summary>
public sealed class ScheduleJournal(AppDbContext db, IEnumerable<IContentKind> kinds, AuditLog audit, ContentRevisions revisions) : IScheduleObserver
{
    public const string Actor = "Zeitplan";

    public async Task OnScheduledChangesAsync(ScheduleRun run, CancellationToken cancellationToken)
    {
        foreach (var change in run.Changes)
        {
            var kind = kinds.FirstOrDefault(k => k.Key == change.Ref.Type);
            if (kind is null || await kind.SnapshotAsync(change.Ref.Id, cancellationToken) is not { } current)
            {
                continue;
            }

            var action = change.Action == ScheduleAction.Published ? AuditActions.Published : AuditActions.Unpublished;
            revisions.Add(change.Ref, current.Model, action, current.Title, Actor, current.Version);
            audit.Add(action, Actor, change.Ref, current.Title, $"geplant für {BerlinTime.Format(change.DueAt)}");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
