using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Users;

/// <summary>
/// Administrators invite staff by e-mail; the invitee sets their own password through the link
/// (Account/InvitationController). Nobody but the invitee ever knows the password.
/// </summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class InvitationsController(StaffInvitations invitations, StaffAccounts accounts, IEnumerable<IContentKind> kinds) : AdminController
{
    [HttpGet]
    public IActionResult Create() => View(new InvitationCreateModel());

    [HttpPost]
    public async Task<IActionResult> Create(InvitationCreateModel model, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in model.RoleErrors(kinds))
        {
            ModelState.AddModelError(field, message);
        }

        if (ModelState.IsValid && await accounts.ExistsAsync(model.Email.Trim()))
        {
            ModelState.AddModelError(nameof(InvitationCreateModel.Email), "Für diese E-Mail-Adresse gibt es schon ein Konto.");
        }
        else if (ModelState.IsValid && await invitations.HasOpenAsync(model.Email, cancellationToken))
        {
            ModelState.AddModelError(nameof(InvitationCreateModel.Email), "An diese Adresse ist schon eine Einladung unterwegs. Sie können sie in der Kontenliste erneut senden.");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var issued = await invitations.InviteAsync(
            new InvitationRequest(model.Email, model.DisplayName, model.Role, model.EffectiveGrants), StaffName, cancellationToken);
        return Issued(issued, $"Die Einladung an {issued.Email} ist verschickt.");
    }

    [HttpPost]
    public async Task<IActionResult> Resend(int id, CancellationToken cancellationToken)
    {
        var issued = await invitations.ResendAsync(id, StaffName, cancellationToken);
        if (issued is null)
        {
            Flash("Diese Einladung ist schon angenommen oder zurückgezogen.");
            return RedirectToAction("Index", "Users");
        }

        return Issued(issued, $"Die Einladung an {issued.Email} wurde mit einem neuen Link erneut verschickt; der alte Link gilt nicht mehr.");
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(int id, CancellationToken cancellationToken)
    {
        Flash(await invitations.RevokeAsync(id, StaffName, cancellationToken)
            ? "Die Einladung wurde zurückgezogen; ihr Link gilt nicht mehr."
            : "Diese Einladung ist schon angenommen oder zurückgezogen.");
        return RedirectToAction("Index", "Users");
    }

    /// <summary>
    /// Without mail, the link is shown on this one response and nowhere else (not in TempData,
    /// which would put it in a cookie), so the administrator can pass it on.
    /// </summary>
    private IActionResult Issued(InvitationIssued issued, string mailedMessage)
    {
        if (!issued.Mailed)
        {
            return View("InvitationLink", issued);
        }

        Flash(mailedMessage);
        return RedirectToAction("Index", "Users");
    }
}
