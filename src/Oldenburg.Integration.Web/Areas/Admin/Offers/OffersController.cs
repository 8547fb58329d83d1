using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Offers;

public sealed class OffersController(AppDbContext db, TimeProvider clock, ContentRevisions revisions) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = await db.Offers.AsNoTracking()
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Slug)
            .Select(o => new OfferRowViewModel(
                o.Id,
                o.Slug,
                o.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? o.Slug,
                o.State,
                o.Translations.Select(t => t.Culture).ToList(),
                o.UpdatedAt,
                o.UpdatedBy))
            .ToListAsync(cancellationToken);
        return View(rows);
    }

    [HttpGet]
    public IActionResult Create() => View("Edit", OfferEditModel.Empty());

    [HttpPost]
    public async Task<IActionResult> Create(OfferEditModel model, CancellationToken cancellationToken)
    {
        await ValidateSlugAsync(model, offerId: null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", model);
        }

        var offer = new Offer();
        model.ApplyTo(offer);
        offer.Touch(StaffName, clock.GetUtcNow().UtcDateTime);
        db.Offers.Add(offer);

        // The revision needs the new id, so item and revision are saved in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Record(offer, RevisionEvents.Created);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Flash($"„{TitleOf(offer)}“ wurde angelegt.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var offer = await LoadAsync(id, cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        ViewData["OfferId"] = id;
        return View(OfferEditModel.From(offer));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, OfferEditModel model, CancellationToken cancellationToken)
    {
        var offer = await LoadAsync(id, cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        ViewData["OfferId"] = id;
        await ValidateSlugAsync(model, id, cancellationToken);
        ModelState.KeepStateSetElsewhere(model, offer.State);
        ModelState.RefuseIfStale(model, offer.UpdatedAt,
            $"{offer.UpdatedBy} hat diesen Eintrag gespeichert, während Sie ihn bearbeitet haben. Ihre Eingaben sind noch da: Bitte vergleichen Sie sie mit der öffentlichen Seite und speichern Sie erneut.");

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        RecordBaseline(offer);
        model.ApplyTo(offer);
        offer.Touch(StaffName, clock.GetUtcNow().UtcDateTime);
        Record(offer, RevisionEvents.Saved);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"„{TitleOf(offer)}“ wurde gespeichert.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        SetStateAsync(id, PublishState.Published, "ist jetzt öffentlich sichtbar", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) =>
        SetStateAsync(id, PublishState.Draft, "ist jetzt ein Entwurf und nicht mehr öffentlich", cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var offer = await LoadAsync(id, cancellationToken);
        return offer is null ? NotFound() : View(new OfferRowViewModel(
            offer.Id, offer.Slug, TitleOf(offer), offer.State, [.. offer.Translations.Select(t => t.Culture)], offer.UpdatedAt, offer.UpdatedBy));
    }

    [HttpPost]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        var offer = await LoadAsync(id, cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        if (offer.IsPublished)
        {
            Flash("Veröffentlichte Einträge können nicht gelöscht werden. Bitte zuerst zurückziehen.");
            return RedirectToAction(nameof(Index));
        }

        db.Offers.Remove(offer);
        await revisions.DeleteAllAsync(new ContentRef("offers", offer.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"„{TitleOf(offer)}“ wurde gelöscht.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetStateAsync(int id, PublishState state, string message, CancellationToken cancellationToken)
    {
        var offer = await LoadAsync(id, cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        // Not Touch(): the version marks content changes, and a state change must not make an open edit form stale (ADR 0007).
        RecordBaseline(offer);
        offer.State = state;
        Record(offer, state == PublishState.Published ? RevisionEvents.Published : RevisionEvents.Unpublished);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"„{TitleOf(offer)}“ {message}.");
        return RedirectToAction(nameof(Index));
    }

    private void Record(Offer offer, string @event) =>
        revisions.Add(new ContentRef("offers", offer.Id), OfferEditModel.From(offer), @event, TitleOf(offer), StaffName, offer.UpdatedAt.Ticks);

    private void RecordBaseline(Offer offer) =>
        revisions.AddBaselineIfNone(new ContentRef("offers", offer.Id), OfferEditModel.From(offer), TitleOf(offer), offer.UpdatedBy, offer.UpdatedAt);

    private Task<Offer?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Offers.Include(o => o.Translations).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    private async Task ValidateSlugAsync(OfferEditModel model, int? offerId, CancellationToken cancellationToken)
    {
        var slug = model.Slug?.Trim();
        if (!string.IsNullOrEmpty(slug) && await db.Offers.AnyAsync(o => o.Slug == slug && o.Id != offerId, cancellationToken))
        {
            ModelState.AddModelError(nameof(OfferEditModel.Slug), "Diese Adresse ist schon vergeben. Bitte wählen Sie eine andere.");
        }
    }

    private static string TitleOf(Offer offer) =>
        offer.Translations.FirstOrDefault(t => t.Culture == ContentTranslation.SourceCulture)?.Title ?? offer.Slug;
}

public sealed record OfferRowViewModel(
    int Id, string Slug, string Title, PublishState State, IReadOnlyList<string> Cultures, DateTime UpdatedAt, string UpdatedBy);
