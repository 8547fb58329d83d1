using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Content.Scheduling;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

public sealed class PartnersController(AppDbContext db, PartnerEditor editor, PartnerAdminQueries queries, LogoStore logos, TimeProvider clock) : AdminController
{
    // Room for a 1 MB logo and the form's texts; a bigger request is refused before it is read.
    private const long MaxFormBytes = 4 * 1024 * 1024;

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] PartnerListQuery query, CancellationToken cancellationToken)
    {
        ViewData["Query"] = query;
        return View(await queries.ListAsync(query, cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await EditViewAsync(null, null, PartnerEditModel.Empty(), cancellationToken);

    [HttpPost]
    [RequestSizeLimit(MaxFormBytes)]
    public async Task<IActionResult> Create(PartnerEditModel model, CancellationToken cancellationToken)
    {
        var options = await editor.OptionsAsync(cancellationToken);
        var logo = await editor.ValidateAsync(model, null, options, ModelState, cancellationToken);
        ScheduleForm.Validate(ModelState, model, stored: null, clock.GetUtcNow().UtcDateTime);
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(null, null, model.WithBlankHourRows(), cancellationToken, options);
        }

        var partner = new Partner();
        ScheduleForm.ApplyTo(model, partner);
        await editor.SaveAsync(partner, model, logo, StaffName, cancellationToken);
        Flash($"„{partner.Name}“ wurde angelegt.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var partner = await editor.LoadAsync(id, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        var model = PartnerEditModel.From(partner);
        ScheduleForm.Load(model, partner);
        return await EditViewAsync(partner, id, model, cancellationToken);
    }

    [HttpPost]
    [RequestSizeLimit(MaxFormBytes)]
    public async Task<IActionResult> Edit(int id, PartnerEditModel model, CancellationToken cancellationToken)
    {
        var partner = await editor.LoadAsync(id, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        var options = await editor.OptionsAsync(cancellationToken);
        var logo = await editor.ValidateAsync(model, id, options, ModelState, cancellationToken);
        ScheduleForm.Validate(ModelState, model, partner, clock.GetUtcNow().UtcDateTime);
        ModelState.KeepStateSetElsewhere(model, partner.State);
        ModelState.RefuseIfStale(model, partner.UpdatedAt,
            $"{partner.UpdatedBy} hat diesen Eintrag gespeichert, während Sie ihn bearbeitet haben. Ihre Eingaben sind noch da: Bitte vergleichen Sie sie mit der gespeicherten Fassung und speichern Sie erneut.");

        if (!ModelState.IsValid)
        {
            return await EditViewAsync(partner, id, model.WithBlankHourRows(), cancellationToken, options);
        }

        ScheduleForm.ApplyTo(model, partner);
        await editor.SaveAsync(partner, model, logo, StaffName, cancellationToken);
        Flash($"„{partner.Name}“ wurde gespeichert.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        SetStateAsync(id, PublishState.Published, "ist jetzt öffentlich sichtbar", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) =>
        SetStateAsync(id, PublishState.Draft, "ist jetzt ein Entwurf und nicht mehr öffentlich", cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var partner = await editor.LoadAsync(id, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        if (partner.IsPublished)
        {
            Flash("Veröffentlichte Einträge können nicht gelöscht werden. Bitte zuerst zurückziehen.");
            return RedirectToAction(nameof(Index));
        }

        db.Partners.Remove(partner);
        await db.SaveChangesAsync(cancellationToken);
        logos.Delete(partner.LogoFile);
        Flash($"„{partner.Name}“ wurde gelöscht.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The stored logo for the form's preview; drafts' logos must not be public, so staff get their own route.</summary>
    [HttpGet]
    public async Task<IActionResult> Logo(int id, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FindAsync([id], cancellationToken);
        return logos.PathOf(partner?.LogoFile) is { } path && System.IO.File.Exists(path)
            ? PhysicalFile(path, partner!.LogoContentType ?? "application/octet-stream")
            : NotFound();
    }

    private async Task<IActionResult> SetStateAsync(int id, PublishState state, string message, CancellationToken cancellationToken)
    {
        var partner = await editor.LoadAsync(id, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        // Not Touch(): the version marks content changes, and a state change must not make an open edit form stale (ADR 0007).
        partner.State = state;
        partner.RefreshSearchFields();
        await db.SaveChangesAsync(cancellationToken);
        Flash($"„{partner.Name}“ {message}.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> EditViewAsync(Partner? partner, int? id, PartnerEditModel model, CancellationToken cancellationToken, PartnerFormOptions? options = null)
    {
        ViewData["PartnerId"] = id;
        ViewData["Options"] = options ?? await editor.OptionsAsync(cancellationToken);
        ViewData["Info"] = partner is null ? null : new PartnerEditInfo(partner.LogoFile is not null, partner.LastCheckedAt, partner.LastCheckedBy, partner.IsSample);
        return View("Edit", model);
    }
}

public sealed record PartnerEditInfo(bool HasLogo, DateTime? LastCheckedAt, string? LastCheckedBy, bool IsSample = false);
