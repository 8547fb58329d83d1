using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Access;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Web.Areas.Admin.Suggestions;

/// <summary>The moderation queue: suggestions from the public form are accepted (as draft or published), edited first, or rejected.</summary>
[ContentGrant(PartnerDefinition.ContentKey)]
public sealed class SuggestionsController(AppDbContext db, SuggestionQueries queries, SuggestionModeration moderation) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.OpenAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var details = await queries.DetailsAsync(id, cancellationToken);
        return details is null ? NotFound() : View(details);
    }

    [HttpPost]
    public async Task<IActionResult> Accept(int id, bool publish, bool confirmNewerEntry, CancellationToken cancellationToken)
    {
        var suggestion = await db.PartnerSuggestions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (suggestion is null)
        {
            return NotFound();
        }

        var values = SuggestionReviewModel.From(suggestion);
        values.Publish = publish;
        values.ConfirmNewerEntry = confirmNewerEntry;
        var result = await moderation.AcceptAsync(id, values, StaffName, cancellationToken);
        return Outcome(id, result, redirectToEditOnProblem: result.Outcome != ModerationOutcome.EntryChangedSince);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var details = await queries.DetailsAsync(id, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }

        if (!details.IsOpen)
        {
            Flash("Dieser Vorschlag ist bereits abgeschlossen.");
            return RedirectToAction(nameof(Details), new { id });
        }

        var model = SuggestionReviewModel.From(details.Suggestion);
        model.Slug = details.Current?.Slug;
        return await EditViewAsync(id, model, details, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Review")] SuggestionReviewModel model, CancellationToken cancellationToken)
    {
        var details = await queries.DetailsAsync(id, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await moderation.AcceptAsync(id, model, StaffName, cancellationToken);
            if (result.Outcome is ModerationOutcome.Done or ModerationOutcome.AlreadyClosed or ModerationOutcome.NotFound)
            {
                return Outcome(id, result, redirectToEditOnProblem: false);
            }

            ModelState.AddModelError(string.Empty, Problem(result));
            foreach (var (field, message) in result.Problems ?? [])
            {
                ModelState.AddModelError($"Review.{field}", message);
            }
        }

        return await EditViewAsync(id, model, details, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Reject(int id, CancellationToken cancellationToken)
    {
        var result = await moderation.RejectAsync(id, StaffName, cancellationToken);
        if (result.Outcome == ModerationOutcome.Done)
        {
            Flash("Der Vorschlag wurde abgelehnt. Die Kontaktdaten der einsendenden Person sind gelöscht.");
            return RedirectToAction(nameof(Index));
        }

        return Outcome(id, result, redirectToEditOnProblem: false);
    }

    private IActionResult Outcome(int id, ModerationResult result, bool redirectToEditOnProblem)
    {
        switch (result.Outcome)
        {
            case ModerationOutcome.NotFound:
                return NotFound();
            case ModerationOutcome.AlreadyClosed:
                Flash("Dieser Vorschlag ist bereits abgeschlossen. Es wurde nichts geändert.");
                return RedirectToAction(nameof(Details), new { id });
            case ModerationOutcome.Done:
                var state = result.Partner!.IsPublished ? "ist jetzt veröffentlicht" : "ist als Entwurf gespeichert (nicht öffentlich)";
                Flash($"Der Vorschlag wurde übernommen: „{result.Partner.Name}“ {state}. Die Kontaktdaten der einsendenden Person sind gelöscht.");
                return RedirectToAction(nameof(Index));
            default:
                Flash(Problem(result));
                return redirectToEditOnProblem ? RedirectToAction(nameof(Edit), new { id }) : RedirectToAction(nameof(Details), new { id });
        }
    }

    private static string Problem(ModerationResult result) => result.Outcome switch
    {
        ModerationOutcome.Invalid => "Der Vorschlag erfüllt die Regeln für Einträge nicht: " + string.Join(" ", result.Problems!.Select(p => p.Message)),
        ModerationOutcome.EntryChangedSince => "Der Eintrag wurde nach dem Eingang des Vorschlags geändert. Bitte vergleichen Sie die Angaben und bestätigen Sie, dass der Vorschlag die neueren Änderungen überschreiben soll. Es wurde nichts geändert.",
        ModerationOutcome.UnknownType => "Bitte wählen Sie eine Art der Organisation aus, bevor Sie den Vorschlag übernehmen.",
        ModerationOutcome.SlugTaken => "Diese Adresse (Slug) ist schon vergeben. Bitte wählen Sie eine andere.",
        ModerationOutcome.GermanTextMissing => "Zum Veröffentlichen braucht der Eintrag einen deutschen Text. Bitte übersetzen Sie die Beschreibung und wählen Sie „Deutsch“ als Sprache der Texte – oder übernehmen Sie ihn als Entwurf.",
        _ => "Der Vorschlag konnte nicht übernommen werden.",
    };

    private async Task<IActionResult> EditViewAsync(int id, SuggestionReviewModel model, SuggestionDetailsViewModel details, CancellationToken cancellationToken) =>
        View("Edit", new SuggestionEditViewModel(id, model, details, await queries.GermanChoicesAsync(cancellationToken)));
}

public sealed record SuggestionEditViewModel(int Id, SuggestionReviewModel Review, SuggestionDetailsViewModel Details, Features.Suggestions.SuggestionChoices Choices);
