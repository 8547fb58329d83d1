using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Users;

/// <summary>Staff accounts. Only administrators manage them; accounts come from invitations, there is no self-registration.</summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class UsersController(
    UserManager<StaffUser> users, StaffAccountAdmin admin, StaffInvitations invitations, IEnumerable<IContentKind> kinds, TimeProvider clock) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(new UsersPageViewModel(
        await admin.ListAsync(cancellationToken),
        await invitations.OpenAsync(cancellationToken),
        kinds.ToDictionary(k => k.Key, k => k.Label, StringComparer.Ordinal),
        clock.GetUtcNow().UtcDateTime));

    [HttpGet]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var form = new UserEditModel
        {
            DisplayName = user.DisplayName,
            Role = await admin.RoleOfAsync(user),
            Grants = [.. await admin.GrantsOfAsync(user)],
        };
        return EditView(user, form);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(string id, UserEditModel form)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        foreach (var (field, message) in form.RoleErrors(kinds))
        {
            ModelState.AddModelError(field, message);
        }

        var refused = ModelState.IsValid ? await admin.ChangeAsync(user, form, StaffName) : null;
        if (refused is not null)
        {
            ModelState.AddModelError(nameof(UserEditModel.Role), refused);
        }

        if (!ModelState.IsValid)
        {
            return EditView(user, form);
        }

        Flash($"Das Konto von {user.DisplayName} wurde gespeichert.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Deactivate(string id) => await SetActiveAsync(id, active: false);

    [HttpPost]
    public async Task<IActionResult> Reactivate(string id) => await SetActiveAsync(id, active: true);

    private ViewResult EditView(StaffUser user, UserEditModel form)
    {
        ViewData["Email"] = user.Email;
        ViewData["UserId"] = user.Id;
        return View(form);
    }

    private async Task<IActionResult> SetActiveAsync(string id, bool active)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var refused = await admin.SetActiveAsync(user, active, StaffName);
        Flash(refused ?? (active ? $"{user.DisplayName} kann sich wieder anmelden." : $"{user.DisplayName} ist deaktiviert und kann sich nicht mehr anmelden."));
        return RedirectToAction(nameof(Index));
    }
}
