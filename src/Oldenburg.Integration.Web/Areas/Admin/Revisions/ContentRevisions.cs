using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Revisions;

/// <summary>One line of an item's history.</summary>
public sealed record RevisionRow(int Number, DateTime CreatedAt, string CreatedBy, string Event, string Title, long Version)
{
    public string EventLabel => AuditActions.Label(Event);

    /// <summary>Staff read times in Oldenburg's time zone, whatever the server's is.</summary>
    public string CreatedAtText => RevisionSnapshot.Format(DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc));
}

/// <summary>
/// Records and reads the revisions of any content item (ADR 0014). <see cref="Add"/> only stages
/// the revision, so that it is saved in the same SaveChanges as the change it describes.
/// </summary>
public sealed class ContentRevisions(AppDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions ModelJson = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipFormOnlyProperties } },
    };

    public ContentRevision Add(ContentRef item, object editModel, string @event, string title, string user, long version)
    {
        ArgumentNullException.ThrowIfNull(editModel);
        var revision = new ContentRevision
        {
            ContentType = item.Type,
            ContentId = item.Id,
            Number = NextNumber(item),
            Version = version,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user,
            Event = @event,
            Title = title.Length > ContentRevision.TitleMaxLength ? title[..ContentRevision.TitleMaxLength] : title,
            Fields = JsonSerializer.Serialize(RevisionSnapshot.Flatten(editModel)),
            Model = JsonSerializer.Serialize(editModel, editModel.GetType(), ModelJson),
        };
        db.ContentRevisions.Add(revision);
        return revision;
    }

    /// <summary>
    /// For an item saved before revisions were recorded (seeded or older content): stages its
    /// current state as revision 1, with its own last author and time, so that the first recorded
    /// change can be compared with what was there. Call before the change is applied; does nothing
    /// when the item already has revisions.
    /// </summary>
    public ContentRevision? AddBaselineIfNone(ContentRef item, object editModelBefore, string title, string updatedBy, DateTime updatedAt)
    {
        if (NextNumber(item) > 1)
        {
            return null;
        }

        var revision = Add(item, editModelBefore, AuditActions.Baseline, title, updatedBy, updatedAt.Ticks);
        revision.CreatedAt = updatedAt;
        return revision;
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<RevisionRow>> ListAsync(ContentRef item, CancellationToken cancellationToken = default) =>
        await Of(item).OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Number, r.CreatedAt, r.CreatedBy, r.Event, r.Title, r.Version))
            .ToListAsync(cancellationToken);

    public Task<ContentRevision?> GetAsync(ContentRef item, int number, CancellationToken cancellationToken = default) =>
        Of(item).SingleOrDefaultAsync(r => r.Number == number, cancellationToken);

    /// <summary>
    /// The content as it stood at a version an edit form loaded: the last revision with that version,
    /// since a publish from the list records a revision without changing the version.
    /// </summary>
    public Task<ContentRevision?> FindByVersionAsync(ContentRef item, long version, CancellationToken cancellationToken = default) =>
        Of(item).Where(r => r.Version == version).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The stored edit model, or null when it no longer fits the type (the model changed since).</summary>
    public static T? ModelOf<T>(ContentRevision revision)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(revision.Model, ModelJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IReadOnlyList<SnapshotField> FieldsOf(ContentRevision revision) =>
        JsonSerializer.Deserialize<List<SnapshotField>>(revision.Fields) ?? [];

    /// <summary>
    /// Stages the deletion of an item's revisions; the caller saves with the item's deletion. Deleted
    /// content must be gone, contact details of a partner who asked to be removed included; the audit
    /// log keeps the fact that the item existed and who deleted it.
    /// </summary>
    public async Task DeleteAllAsync(ContentRef item, CancellationToken cancellationToken = default) =>
        db.ContentRevisions.RemoveRange(await Of(item).ToListAsync(cancellationToken));

    private IQueryable<ContentRevision> Of(ContentRef item) =>
        db.ContentRevisions.AsNoTracking().Where(r => r.ContentType == item.Type && r.ContentId == item.Id);

    /// <summary>Counts revisions staged in this unit of work too, so two Adds before one save never share a number.</summary>
    private int NextNumber(ContentRef item)
    {
        var stored = db.ContentRevisions.Where(r => r.ContentType == item.Type && r.ContentId == item.Id).Max(r => (int?)r.Number) ?? 0;
        var staged = db.ChangeTracker.Entries<ContentRevision>()
            .Where(e => e.State == EntityState.Added && e.Entity.ContentType == item.Type && e.Entity.ContentId == item.Id)
            .Select(e => e.Entity.Number).DefaultIfEmpty(0).Max();
        return Math.Max(stored, staged) + 1;
    }

    /// <summary>The stored model holds what the snapshot shows: no uploads, no loaded version, no computed values.</summary>
    private static void SkipFormOnlyProperties(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].AttributeProvider is System.Reflection.PropertyInfo info && !RevisionSnapshot.IsRecorded(info))
            {
                type.Properties.RemoveAt(i);
            }
        }
    }
}
