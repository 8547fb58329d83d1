using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>
/// The admin pages every content type shares: list, create, edit and delete here; workflow,
/// preview, revisions and translations in the other parts of this class. A type plugs in with a
/// <see cref="ContentDefinition{TEntity, TModel}"/> and a controller of one line (ADR 0013).
/// Views come from the type's folder first (the fields partial), then from Content/.
/// </summary>
public abstract partial class ContentAdminController<TEntity, TModel>(ContentDefinition<TEntity, TModel> definition, ContentEditing editing)
    : AdminController
    where TEntity : class, IEditableContent
    where TModel : class, IContentEditModel
{
    protected ContentDefinition<TEntity, TModel> Definition => definition;

    [HttpGet]
    public virtual async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (definition.SingletonId is not null)
        {
            return RedirectToAction(nameof(Edit));
        }

        ViewData["Content"] = ContentPageInfo.For(definition);
        return View("Index", await definition.EntriesAsync(editing.Db, cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        definition.SingletonId is not null ? NotFound() : await EditViewAsync(null, definition.NewModel(), cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Create(TModel model, CancellationToken cancellationToken)
    {
        if (definition.SingletonId is not null)
        {
            return NotFound();
        }

        await definition.ValidateAsync(model, null, ModelState, cancellationToken);
        editing.ValidateSchedule(model, null, ModelState);
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(null, model, cancellationToken);
        }

        var item = definition.NewItem();
        await SaveAsync(item, model, before: null, AuditActions.Created, cancellationToken);
        Flash($"„{definition.TitleOf(item)}“ wurde angelegt.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var item = await definition.LoadAsync(IdOf(id), cancellationToken);
        return item is null ? NotFound() : await EditViewAsync(item, definition.ToModel(item), cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, TModel model, CancellationToken cancellationToken)
    {
        var item = await definition.LoadAsync(IdOf(id), cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        await definition.ValidateAsync(model, item.Id, ModelState, cancellationToken);
        editing.ValidateSchedule(model, item as ContentItem, ModelState);
        if (model is IPublishableEditModel publishable && item is ContentItem stored)
        {
            ModelState.KeepStateSetElsewhere(publishable, stored.State);
        }

        // Read before the refusal hands the form the stored version.
        var loadedVersion = model.LoadedVersion;
        var conflict = ModelState.RefuseIfStale(model, item.UpdatedAt, definition.Wording.ConflictMessage(item.UpdatedBy))
            ? await editing.ChangesSinceAsync(Ref(item), loadedVersion, definition.ToModel(item), cancellationToken)
            : null;
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(item, model, cancellationToken, conflict);
        }

        await SaveAsync(item, model, definition.ToModel(item), AuditActions.Saved, cancellationToken);
        Flash($"„{definition.TitleOf(item)}“ wurde gespeichert.");
        return definition.SingletonId is null ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(Edit));
    }

    [HttpGet]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var item = definition.SingletonId is null ? await definition.LoadAsync(id, cancellationToken) : null;
        if (item is null)
        {
            return NotFound();
        }

        ViewData["Content"] = ContentPageInfo.For(definition, item);
        return View("Delete");
    }

    [HttpPost]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        var item = definition.SingletonId is null ? await definition.LoadAsync(id, cancellationToken) : null;
        if (item is null)
        {
            return NotFound();
        }

        if (item is ContentItem { IsPublished: true })
        {
            Flash($"{definition.Wording.PublishedItems} können nicht gelöscht werden. Bitte zuerst zurückziehen.");
            return RedirectToAction(nameof(Index));
        }

        var title = definition.TitleOf(item);
        await editing.DeleteAsync(definition, item, StaffName, cancellationToken);
        Flash($"„{title}“ wurde gelöscht.");
        return RedirectToAction(nameof(Index));
    }

    protected ContentRef Ref(TEntity item) => new(definition.Key, item.Id);

    /// <summary>The office profile's pages have no id in their address.</summary>
    protected int IdOf(int id) => definition.SingletonId ?? id;

    private Task SaveAsync(TEntity item, TModel model, TModel? before, string contentEvent, CancellationToken cancellationToken) =>
        editing.SaveAsync(definition, item, model, before, contentEvent, StaffName, review: null, cancellationToken);

    private async Task<IActionResult> EditViewAsync(TEntity? item, TModel model, CancellationToken cancellationToken, IReadOnlyList<DiffRow>? conflict = null)
    {
        ViewData["Content"] = ContentPageInfo.For(definition, item);
        ViewData["Options"] = await definition.FormOptionsAsync(cancellationToken);
        ViewData["Conflict"] = conflict;
        if (item is not null)
        {
            ViewData["Info"] = definition.FormInfo(item);
            ViewData["Translations"] = await editing.TranslationStatusAsync(Ref(item), definition.ToModel(item), cancellationToken);
        }

        return View("Edit", definition.PrepareForm(model));
    }
}
