using Microsoft.AspNetCore.Mvc.ModelBinding;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>A public page a preview renders: the public view and the model the public controller would give it.</summary>
public sealed record PreviewPage(string ViewPath, object Model, string Title);

/// <summary>
/// Everything that makes one content type different from the others. The shared controller
/// (<see cref="ContentAdminController{TEntity, TModel}"/>) does the rest: forms, workflow,
/// schedules, preview, revisions, translation status and the audit log (ADR 0013).
/// </summary>
public abstract class ContentDefinition<TEntity, TModel>(AppDbContext db) : IContentKind
    where TEntity : class, IEditableContent
    where TModel : class, IContentEditModel
{
    protected AppDbContext Db => db;

    /// <summary>Also the admin controller's name and the key in revisions, translation status and the audit log.</summary>
    public abstract string Key { get; }

    public abstract string Label { get; }

    public virtual ContentWording Wording => ContentWording.Entry;

    /// <summary>Types with exactly one item (the office profile) have no list, no creation and no deletion.</summary>
    public virtual int? SingletonId => null;

    public abstract Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken);

    /// <summary>Loads the item for editing, tracked, with everything <see cref="ToModel"/> and <see cref="ApplyAsync"/> touch.</summary>
    public abstract Task<TEntity?> LoadAsync(int id, CancellationToken cancellationToken);

    public abstract string TitleOf(TEntity item);

    public async Task<ContentSnapshot?> SnapshotAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is { } item ? new ContentSnapshot(TitleOf(item), ToModel(item), item.UpdatedAt.Ticks) : null;

    public abstract TEntity NewItem();

    public abstract TModel NewModel();

    public abstract TModel ToModel(TEntity item);

    /// <summary>Copies a valid form onto the item. Runs inside the save's transaction, before SaveChanges.</summary>
    public abstract Task ApplyAsync(TEntity item, TModel model, CancellationToken cancellationToken);

    /// <summary>Checks what the model cannot check alone (unique slugs, lookups that still exist).</summary>
    public virtual Task ValidateAsync(TModel model, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>What the form needs besides the model (choices of lists), passed to the fields partial as ViewData["Options"].</summary>
    public virtual Task<object?> FormOptionsAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(null);

    /// <summary>What the form shows about the stored item besides its fields, passed as ViewData["Info"].</summary>
    public virtual object? FormInfo(TEntity item) => null;

    /// <summary>Adds what a redisplayed form needs again (blank rows), after a failed save or on load.</summary>
    public virtual TModel PrepareForm(TModel model) => model;

    /// <summary>Runs after the database has the change, e.g. to delete a replaced file.</summary>
    public virtual void AfterSave(TEntity item)
    {
    }

    /// <summary>Runs when a save failed, e.g. to delete a file written for it.</summary>
    public virtual void AfterFailedSave(TEntity item)
    {
    }

    public virtual void Remove(TEntity item) => db.Remove(item);

    /// <summary>The public address of the item in <paramref name="culture"/>, or null when it has none.</summary>
    public virtual string? PublicPath(TEntity item, string culture) => null;

    /// <summary>The public page as it would look with the item's current content, whatever its state.</summary>
    public virtual Task<PreviewPage?> PreviewAsync(TEntity item, string culture, CancellationToken cancellationToken) =>
        Task.FromResult<PreviewPage?>(null);
}
