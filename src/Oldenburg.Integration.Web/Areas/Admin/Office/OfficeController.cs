using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Contact;
using Oldenburg.Integration.Web.Infrastructure.Audit;

namespace Oldenburg.Integration.Web.Areas.Admin.Office;

public sealed class OfficeController(AppDbContext db, OfficeQueries officeCard, AuditLog audit, TimeProvider clock) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var profile = await LoadAsync(cancellationToken);
        return profile is null ? NotFound() : View(OfficeEditModel.From(profile).WithBlankHourRows());
    }

    [HttpPost]
    public async Task<IActionResult> Edit(OfficeEditModel model, CancellationToken cancellationToken)
    {
        var profile = await LoadAsync(cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        ModelState.RefuseIfStale(model, profile.UpdatedAt,
            $"{profile.UpdatedBy} hat die Kontaktdaten gespeichert, während Sie sie bearbeitet haben. Ihre Eingaben sind noch da: Bitte prüfen Sie sie und speichern Sie erneut.");

        if (!ModelState.IsValid)
        {
            return View(model.WithBlankHourRows());
        }

        model.ApplyTo(profile);
        profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        profile.UpdatedBy = StaffName;
        audit.Add(AuditActions.Saved, StaffName, new ContentRef("office", profile.Id), "Kontaktdaten");
        await db.SaveChangesAsync(cancellationToken);
        officeCard.Invalidate();
        Flash("Die Kontaktdaten wurden gespeichert.");
        return RedirectToAction(nameof(Edit));
    }

    private Task<OfficeProfile?> LoadAsync(CancellationToken cancellationToken) =>
        db.OfficeProfiles.Include(p => p.Translations).Include(p => p.OpeningHours).SingleOrDefaultAsync(cancellationToken);
}
