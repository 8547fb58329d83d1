using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Infrastructure.Audit;

/// <summary>
/// Writes the staff audit log. <see cref="Add(string, string, ContentRef, string, string?)"/> only
/// stages an entry, so it is saved by the same SaveChanges as the change it describes: either both
/// are stored or neither. <see cref="RecordAsync"/> saves at once, for events with no other save.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    public const string AccountSubject = "account";
    public const string UsersSubject = "users";
    public const string LookupsSubject = "lookups";
    public const string SuggestionsSubject = "suggestions";

    public void Add(string action, string actor, ContentRef item, string subject, string? details = null) =>
        Add(action, actor, item.Type, item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), subject, details);

    public void Add(string action, string actor, string subjectType, string? subjectId, string subject, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = Clip(actor, AuditEntry.ActorMaxLength),
            Action = Clip(action, AuditEntry.ActionMaxLength),
            SubjectType = Clip(subjectType, ContentRef.TypeMaxLength),
            SubjectId = subjectId is null ? null : Clip(subjectId, AuditEntry.SubjectIdMaxLength),
            Subject = Clip(subject, AuditEntry.SubjectMaxLength),
            Details = details is null ? null : Clip(details, AuditEntry.DetailsMaxLength),
        });

    /// <summary>Stages the entry and saves it, with whatever else is pending, at once.</summary>
    public async Task RecordAsync(
        string action, string actor, string subjectType, string? subjectId, string subject, string? details = null, CancellationToken cancellationToken = default)
    {
        Add(action, actor, subjectType, subjectId, subject, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Saves pending changes that insert a new item together with its <see cref="AuditActions.Created"/>
    /// entry, in one transaction: the item's id exists only after its insert. <paramref name="item"/>
    /// is called after the insert, when the id is known.
    /// </summary>
    public async Task SaveCreatedAsync(string actor, Func<ContentRef> item, string subject, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Add(AuditActions.Created, actor, item(), subject);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // A long title or a hostile login name must never make the change it describes fail to save.
    private static string Clip(string value, int maxLength)
    {
        var text = value.Trim();
        return text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";
    }
}
