using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>What the side-by-side editor posts: one language's fields by name, and the version it was loaded with.</summary>
public sealed class TranslationForm : IVersionedEditModel
{
    public long LoadedVersion { get; set; }

    public Dictionary<string, string?> Values { get; set; } = [];
}

public sealed record TranslateViewModel(string Culture, long LoadedVersion, IReadOnlyList<TranslationField> Fields);

public abstract partial class ContentAdminController<TEntity, TModel>
{
    /// <summary>
    /// The side-by-side editor: the German source beside one target language. The parameter is not
    /// called "culture", which would switch the whole admin page into that language.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> Translate(int id, string? language, CancellationToken cancellationToken)
    {
        var item = await definition.LoadAsync(IdOf(id), cancellationToken);
        if (item is null || !IsTarget(language))
        {
            return NotFound();
        }

        var model = definition.ToModel(item);
        return await TranslateViewAsync(item, model, language!, model.LoadedVersion, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Translate(int id, string? language, TranslationForm form, CancellationToken cancellationToken)
    {
        var item = await definition.LoadAsync(IdOf(id), cancellationToken);
        if (item is null || !IsTarget(language))
        {
            return NotFound();
        }

        var before = definition.ToModel(item);
        var model = definition.ToModel(item);
        TranslationFields.Apply(model.TextBlocks.Single(b => b.Culture == language), form.Values);

        // Validated as the whole form would be, so the side-by-side editor cannot save what the full form refuses.
        ModelState.Clear();
        TryValidateModel(model);
        var loadedVersion = form.LoadedVersion;
        var conflict = ModelState.RefuseIfStale(form, item.UpdatedAt, definition.Wording.ConflictMessage(item.UpdatedBy))
            ? await editing.ChangesSinceAsync(Ref(item), loadedVersion, before, cancellationToken)
            : null;
        if (!ModelState.IsValid)
        {
            ViewData["Conflict"] = conflict;
            return await TranslateViewAsync(item, model, language!, form.LoadedVersion, cancellationToken);
        }

        await editing.SaveAsync(definition, item, model, before, AuditActions.Translated, StaffName, cancellationToken);
        Flash($"Die Übersetzung ({SupportedCultures.NativeName(language!)}) von „{definition.TitleOf(item)}“ wurde gespeichert.");
        return RedirectToAction(nameof(Translate), new { id = item.Id, language });
    }

    private static bool IsTarget(string? language) =>
        SupportedCultures.IsSupported(language) && language != ContentTranslation.SourceCulture;

    private async Task<IActionResult> TranslateViewAsync(TEntity item, TModel model, string culture, long loadedVersion, CancellationToken cancellationToken)
    {
        ViewData["Content"] = ContentPageInfo.For(definition, item);
        ViewData["Translations"] = await editing.TranslationStatusAsync(Ref(item), definition.ToModel(item), cancellationToken);
        var blocks = model.TextBlocks.ToList();
        var fields = TranslationFields.Pair(
            blocks.Single(b => b.Culture == ContentTranslation.SourceCulture),
            blocks.Single(b => b.Culture == culture));
        return View("Translate", new TranslateViewModel(culture, loadedVersion, fields));
    }
}
