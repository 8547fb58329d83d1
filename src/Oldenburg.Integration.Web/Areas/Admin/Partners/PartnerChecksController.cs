using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Access;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

/// <summary>"Last checked": which entries are due for a look, and staff confirming that one is still correct.</summary>
[ContentGrant(PartnerDefinition.ContentKey)]
public sealed class PartnerChecksController(AppDbContext db, PartnerAdminQueries queries, AuditLog audit, PublicCache publicCache, TimeProvider clock) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Stale(int page = 1, CancellationToken cancellationToken = default)
    {
        ViewData["StaleAfterDays"] = queries.StaleAfterDays;
        return View("Stale", await queries.StaleAsync(page, cancellationToken));
    }

    // returnTo is "stale" or "edit" and nothing else, so the form cannot redirect elsewhere.
    [HttpPost]
    public async Task<IActionResult> Checked(int id, string? returnTo, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FindAsync([id], cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        // Not Touch(): confirming changes no content, and must not make a colleague's open edit form stale.
        partner.LastCheckedAt = clock.GetUtcNow().UtcDateTime;
        partner.LastCheckedBy = StaffName;
        partner.IsSample = false;
        audit.Add(AuditActions.Checked, StaffName, new ContentRef("partners", partner.Id), partner.Name);
        await db.SaveChangesAsync(cancellationToken);

        // The date of the last check is shown on the public entry.
        await publicCache.EvictAsync([PartnerDefinition.ContentKey], cancellationToken);
        Flash($"„{partner.Name}“ ist als geprüft vermerkt.");
        return returnTo == "edit"
            ? RedirectToAction("Edit", "Partners", new { id })
            : RedirectToAction(nameof(Stale));
    }
}
