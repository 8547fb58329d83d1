using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Translations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>What the side-by-side editor posts: one language's fields by name, and the version it was loaded with.</summary>
public sealed class TranslationForm : IVersionedEditModel
{
    public long LoadedVersion { get; set; }

    public Dictionary<string, string?> Values { get; set; } = [];

    /// <summary>"Checked by a native speaker" (ADR 0037): ticked sets the mark, unticked clears it.</summary>
    public bool Reviewed { get; set; }
}

public sealed record TranslateViewModel(string Culture, long LoadedVersion, IReadOnlyList<TranslationField> Fields)
{
    public bool Reviewed { get; init; }

    public CultureStatus? Status { get; init; }
}

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
        return await TranslateViewAsync(item, model, language!, model.LoadedVersion, null, cancellationToken);
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
            return await TranslateViewAsync(item, model, language!, form.LoadedVersion, form.Reviewed, cancellationToken);
        }

        await editing.SaveAsync(definition, item, model, before, AuditActions.Translated, StaffName, new TranslationReview(language!, form.Reviewed), cancellationToken);
        Flash($"Die Übersetzung ({SupportedCultures.NativeName(language!)}) von „{definition.TitleOf(item)}“ wurde gespeichert.");
        return RedirectToAction(nameof(Translate), new { id = item.Id, language });
    }

    private static bool IsTarget(string? language) =>
        SupportedCultures.IsSupported(language) && language != ContentTranslation.SourceCulture;

    /// <summary><paramref name="reviewed"/> is what was posted when the form comes back with errors; otherwise the stored mark.</summary>
    private async Task<IActionResult> TranslateViewAsync(
        TEntity item, TModel model, string culture, long loadedVersion, bool? reviewed, CancellationToken cancellationToken)
    {
        ViewData["Content"] = ContentPageInfo.For(definition, item);
        var statuses = await editing.TranslationStatusAsync(Ref(item), definition.ToModel(item), cancellationToken);
        ViewData["Translations"] = statuses;
        var status = statuses.FirstOrDefault(s => s.Culture == culture);
        var blocks = model.TextBlocks.ToList();
        var fields = TranslationFields.Pair(
            blocks.Single(b => b.Culture == ContentTranslation.SourceCulture),
            blocks.Single(b => b.Culture == culture));
        return View("Translate", new TranslateViewModel(culture, loadedVersion, fields) { Reviewed = reviewed ?? status?.IsReviewed ?? false, Status = status });
    }
}
