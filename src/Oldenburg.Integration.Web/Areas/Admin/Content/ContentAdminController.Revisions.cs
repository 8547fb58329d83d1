using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

public abstract partial class ContentAdminController<TEntity, TModel>
{
    /// <summary>
    /// Makes an earlier revision the item's content again, as a new revision. A workflow item
    /// becomes a draft, so the restored text is looked at before it is public again (ADR 0013).
    /// The history pages are generic (RevisionsController); restoring needs the type, so it is here.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Restore(int id, int revision, [FromServices] ContentRevisions revisions, CancellationToken cancellationToken)
    {
        var item = await definition.LoadAsync(IdOf(id), cancellationToken);
        var stored = item is null ? null : await revisions.GetAsync(Ref(item), revision, cancellationToken);
        var model = stored is null ? null : ContentRevisions.ModelOf<TModel>(stored);
        if (item is null || model is null)
        {
            return NotFound();
        }

        model.LoadedVersion = item.UpdatedAt.Ticks;
        if (model is IPublishableEditModel publishable)
        {
            publishable.State = PublishState.Draft;
            publishable.LoadedState = (item as ContentItem)?.State;
        }

        ModelState.Clear();
        TryValidateModel(model);
        await definition.ValidateAsync(model, item.Id, ModelState, cancellationToken);
        if (!ModelState.IsValid)
        {
            // Shown in the form, unsaved: the editor can fix what no longer fits (a slug taken since) and save.
            ModelState.AddModelError(string.Empty, $"Fassung {revision} kann so nicht wiederhergestellt werden. Die Felder unten zeigen sie; bitte korrigieren Sie die markierten Angaben und speichern Sie.");
            return await EditViewAsync(item, model, cancellationToken);
        }

        await editing.SaveAsync(definition, item, model, definition.ToModel(item), AuditActions.Restored, StaffName, review: null, cancellationToken);
        Flash(item is ContentItem
            ? $"Fassung {revision} von „{definition.TitleOf(item)}“ ist wiederhergestellt, als Entwurf. Bitte prüfen und veröffentlichen Sie sie."
            : $"Fassung {revision} von „{definition.TitleOf(item)}“ ist wiederhergestellt.");
        return RedirectToAction(nameof(Edit), new { id = definition.SingletonId is null ? item.Id : (int?)null });
    }
}
