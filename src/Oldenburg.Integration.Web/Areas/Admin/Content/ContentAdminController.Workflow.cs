using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

public abstract partial class ContentAdminController<TEntity, TModel>
{
    [HttpPost]
    public Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        MoveAsync(id, PublishState.Published, AuditActions.Published, "ist jetzt öffentlich sichtbar", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) =>
        MoveAsync(id, PublishState.Draft, AuditActions.Unpublished, "ist jetzt ein Entwurf und nicht mehr öffentlich", cancellationToken);

    /// <summary>Hands a finished draft to a colleague for a second look; it stays non-public.</summary>
    [HttpPost]
    public Task<IActionResult> Submit(int id, CancellationToken cancellationToken) =>
        MoveAsync(id, PublishState.InReview, AuditActions.Submitted, "wartet jetzt auf Prüfung", cancellationToken);

    /// <summary>
    /// The public page exactly as readers would see it, for any state. Staff only (the base class),
    /// never stored by a cache and never indexed.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> Preview(int id, string? language, CancellationToken cancellationToken)
    {
        var culture = SupportedCultures.IsSupported(language) ? language! : ContentTranslation.SourceCulture;
        var item = await definition.LoadAsync(IdOf(id), cancellationToken);
        var page = item is null ? null : await definition.PreviewAsync(item, culture, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        ViewData["Title"] = page.Title;
        ViewData["Preview"] = new PreviewBanner(Url.Action(nameof(Edit), new { id = IdOf(id) })!, culture);
        return new PreviewResult(View(page.ViewPath, page.Model), culture);
    }

    private async Task<IActionResult> MoveAsync(int id, PublishState state, string contentEvent, string message, CancellationToken cancellationToken)
    {
        var loaded = await definition.LoadAsync(IdOf(id), cancellationToken);
        if (loaded is not ContentItem item)
        {
            return NotFound();
        }

        var title = definition.TitleOf(loaded);
        await editing.SetStateAsync(Ref(loaded), item, title, () => definition.ToModel(loaded), state, contentEvent, StaffName, cancellationToken);
        Flash($"„{title}“ {message}.");
        return RedirectToAction(nameof(Index));
    }
}
