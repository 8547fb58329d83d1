using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;

namespace Oldenburg.Integration.Web.Areas.Admin.Inbox;

public enum InboxOutcome
{
    Done,
    NotFound,
    Stale,
    Invalid,
}

/// <summary>
/// Status, assignment and notes of a message, each saved with its audit entry. Status and assignment
/// carry the version the page was loaded with, so a change someone else made meanwhile is never
/// overwritten unseen; notes are only added, so they need no such check.
/// </summary>
public sealed class InboxCommands(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string AuditSubject = "messages";

    public Task<InboxOutcome> SetStatusAsync(int id, PublicMessageStatus status, int loadedVersion, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, loadedVersion, actor, message =>
        {
            if (!Enum.IsDefined(status))
            {
                return null;
            }

            message.Status = status;
            message.DoneAt = status == PublicMessageStatus.Done ? clock.GetUtcNow().UtcDateTime : null;
            return (AuditActions.MessageStatusChanged, $"Status: {PublicMessage.StatusLabel(status)}");
        }, cancellationToken);

    /// <summary>Sets the staff member handling the message: a staff user name, or null to remove the assignment.</summary>
    public Task<InboxOutcome> AssignAsync(int id, string? assignee, int loadedVersion, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, loadedVersion, actor, message =>
        {
            message.AssignedTo = assignee;
            return (AuditActions.MessageAssigned, assignee is null ? "Zuweisung aufgehoben" : $"Zugewiesen an {assignee}");
        }, cancellationToken);

    public async Task<InboxOutcome> AddNoteAsync(int id, string text, string actor, CancellationToken cancellationToken)
    {
        if (!await db.PublicMessages.AnyAsync(m => m.Id == id, cancellationToken))
        {
            return InboxOutcome.NotFound;
        }

        db.PublicMessageNotes.Add(new PublicMessageNote { PublicMessageId = id, Author = actor, At = clock.GetUtcNow().UtcDateTime, Text = text.Trim() });
        audit.Add(AuditActions.MessageNoteAdded, actor, AuditSubject, Id(id), PublicMessage.Title(id));
        await db.SaveChangesAsync(cancellationToken);
        return InboxOutcome.Done;
    }

    private async Task<InboxOutcome> ChangeAsync(
        int id, int loadedVersion, string actor, Func<PublicMessage, (string Action, string Details)?> change, CancellationToken cancellationToken)
    {
        var message = await db.PublicMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return InboxOutcome.NotFound;
        }

        if (message.Version != loadedVersion)
        {
            return InboxOutcome.Stale;
        }

        if (change(message) is not { } entry)
        {
            return InboxOutcome.Invalid;
        }

        message.Version++;
        audit.Add(entry.Action, actor, AuditSubject, Id(id), PublicMessage.Title(id), entry.Details);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write; the version token caught it.
            return InboxOutcome.Stale;
        }

        return InboxOutcome.Done;
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
