using Microsoft.AspNetCore.Mvc.ModelBinding;
using Oldenburg.Integration.Web.Areas.Admin.Content.Scheduling;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Areas.Admin.Translations;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>
/// Writes every change the same way, whatever the type: in one transaction the item, its revision,
/// its translation status and the audit entry; then the public caches are evicted.
/// </summary>
public sealed class ContentEditing(
    AppDbContext db, TimeProvider clock, PublicCache publicCache, AuditLog audit, TranslationTracker translations, ContentRevisions revisions)
{
    public AppDbContext Db => db;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Saves an edit. <paramref name="review"/> also sets or clears one language's review mark: only the
    /// side-by-side translation editor asks about it (ADR 0037), every other save passes null.
    /// </summary>
    public async Task SaveAsync<TEntity, TModel>(
        ContentDefinition<TEntity, TModel> definition,
        TEntity item,
        TModel model,
        TModel? before,
        string contentEvent,
        string user,
        TranslationReview? review,
        CancellationToken cancellationToken)
        where TEntity : class, IEditableContent
        where TModel : class, IContentEditModel
    {
        if (before is not null)
        {
            revisions.AddBaselineIfNone(new ContentRef(definition.Key, item.Id), before, definition.TitleOf(item), item.UpdatedBy, item.UpdatedAt);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await definition.ApplyAsync(item, model, cancellationToken);
            ApplySchedule(model, item);
            item.Touch(user, UtcNow);
            if (item.Id == 0)
            {
                db.Add(item);
            }

            // Saved first so that a new item has its id for the records below.
            await db.SaveChangesAsync(cancellationToken);
            await RecordAsync(new ContentRef(definition.Key, item.Id), contentEvent, definition.TitleOf(item), before, definition.ToModel(item), model.MinorChange, user, item.UpdatedAt.Ticks, review, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            definition.AfterFailedSave(item);
            throw;
        }

        definition.AfterSave(item);
        await publicCache.EvictAsync([definition.Key], cancellationToken);
    }

    /// <summary>
    /// Moves an item in the workflow. Not Touch(): the version marks content changes, and a state
    /// change must not make an open edit form stale (ADR 0007).
    /// </summary>
    public async Task SetStateAsync(
        ContentRef reference, ContentItem item, string title, Func<IContentEditModel> snapshot, PublishState state, string contentEvent, string user, CancellationToken cancellationToken)
    {
        revisions.AddBaselineIfNone(reference, snapshot(), title, item.UpdatedBy, item.UpdatedAt);
        item.State = state;
        if (state == PublishState.Published)
        {
            item.PublishAt = null;
        }
        else
        {
            item.UnpublishAt = null;
        }

        await RecordAsync(reference, contentEvent, title, null, snapshot(), false, user, item.UpdatedAt.Ticks, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await publicCache.EvictAsync([reference.Type], cancellationToken);
    }

    public async Task DeleteAsync<TEntity, TModel>(ContentDefinition<TEntity, TModel> definition, TEntity item, string user, CancellationToken cancellationToken)
        where TEntity : class, IEditableContent
        where TModel : class, IContentEditModel
    {
        var reference = new ContentRef(definition.Key, item.Id);
        var title = definition.TitleOf(item);
        definition.Remove(item);
        await translations.ForgetAsync(reference, cancellationToken);
        await revisions.DeleteAllAsync(reference, cancellationToken);
        audit.Add(AuditActions.Deleted, user, reference, title);
        await db.SaveChangesAsync(cancellationToken);
        definition.AfterSave(item);
        await publicCache.EvictAsync([definition.Key], cancellationToken);
    }

    public void ValidateSchedule(IContentEditModel model, ContentItem? item, ModelStateDictionary modelState)
    {
        if (model is ISchedulableEditModel schedulable)
        {
            ScheduleForm.Validate(modelState, schedulable, item, UtcNow);
        }
    }

    /// <summary>
    /// What a colleague changed since the editor loaded the form: the revision with the loaded
    /// version against the stored state. Null when the loaded version has no revision (older items).
    /// </summary>
    public async Task<IReadOnlyList<DiffRow>?> ChangesSinceAsync(ContentRef item, long loadedVersion, IContentEditModel current, CancellationToken cancellationToken) =>
        await revisions.FindByVersionAsync(item, loadedVersion, cancellationToken) is { } loaded
            ? RevisionDiff.Compare(ContentRevisions.FieldsOf(loaded), RevisionSnapshot.Flatten(current))
            : null;

    public Task<IReadOnlyList<CultureStatus>> TranslationStatusAsync(ContentRef item, IContentEditModel model, CancellationToken cancellationToken) =>
        translations.StatusAsync(item, model.TextBlocks.Where(b => !b.IsEmpty).Select(b => b.Culture), cancellationToken);

    private static void ApplySchedule(IContentEditModel model, IEditableContent item)
    {
        if (model is ISchedulableEditModel schedulable && item is ContentItem content)
        {
            ScheduleForm.ApplyTo(schedulable, content);
        }
    }

    /// <summary>
    /// What every change leaves behind besides the item itself. Translation status compares the
    /// stored texts before and after (not the posted ones), so trimming is no change; a workflow
    /// move passes no "before" and leaves the status alone. A review mark set or cleared gets its own
    /// audit entry, so the log shows who vouched for a translation.
    /// </summary>
    private async Task RecordAsync(
        ContentRef item,
        string contentEvent,
        string title,
        IContentEditModel? before,
        IContentEditModel after,
        bool minorChange,
        string user,
        long version,
        TranslationReview? review,
        CancellationToken cancellationToken)
    {
        bool? reviewed = null;
        if (before is not null || contentEvent == AuditActions.Created)
        {
            reviewed = await translations.TrackAsync(
                item, before is null ? null : TranslationTracker.Blocks(before.TextBlocks), TranslationTracker.Blocks(after.TextBlocks), minorChange, user, review, cancellationToken);
        }

        revisions.Add(item, after, contentEvent, title, user, version);
        audit.Add(contentEvent, user, item, title);
        if (reviewed is { } marked && review is not null)
        {
            audit.Add(marked ? AuditActions.TranslationReviewed : AuditActions.TranslationReviewCleared, user, item, title, review.Culture);
        }
    }
}
