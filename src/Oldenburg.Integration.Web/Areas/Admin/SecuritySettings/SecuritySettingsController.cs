using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.SecuritySettings;

/// <summary>Administrators require 2FA for all staff and reset the 2FA of someone who lost their phone and codes.</summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class SecuritySettingsController(
    SecuritySettingsStore settings, UserManager<StaffUser> users, AuditLog audit, SecurityNotices notices) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(await settings.IsTwoFactorRequiredAsync(cancellationToken), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Index(SecuritySettingsModel model, CancellationToken cancellationToken)
    {
        var before = await settings.IsTwoFactorRequiredAsync(cancellationToken);
        if (model.RequireTwoFactor != before)
        {
            // Staged first, so the setting and its audit entry are saved together.
            audit.Add(
                model.RequireTwoFactor ? AuditActions.TwoFactorRequired : AuditActions.TwoFactorRequirementLifted,
                StaffName, AuditLog.UsersSubject, null, "Zwei-Faktor-Anmeldung");
            await settings.SetTwoFactorRequiredAsync(model.RequireTwoFactor, cancellationToken);
        }

        Flash(model.RequireTwoFactor
            ? "Die Zwei-Faktor-Anmeldung ist jetzt für alle Pflicht. Wer sie noch nicht eingerichtet hat, wird bei der nächsten Seite dorthin geführt."
            : "Die Zwei-Faktor-Anmeldung ist freiwillig.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// For someone who lost both the phone and the recovery codes: switches 2FA off, discards key and
    /// codes, and ends the person's open sessions. Identity proof happens outside the system.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> ResetTwoFactor(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);

        // Staged before the stamp update, whose save stores the entry with it.
        audit.Add(AuditActions.TwoFactorReset, StaffName, AuditLog.UsersSubject, user.Id, $"{user.DisplayName} ({user.Email})");
        await users.UpdateSecurityStampAsync(user);
        notices.TwoFactorReset(user);
        Flash($"Die Zwei-Faktor-Anmeldung von {user.DisplayName} ist zurückgesetzt. Die Person meldet sich mit ihrem Passwort an und richtet sie neu ein.");
        return RedirectToAction("Index", "Users");
    }

    private async Task<SecuritySettingsViewModel> PageAsync(bool required, CancellationToken cancellationToken) =>
        new(required, await users.Users.CountAsync(u => !u.TwoFactorEnabled, cancellationToken));
}

public sealed record SecuritySettingsViewModel(bool RequireTwoFactor, int StaffWithoutTwoFactor);

public sealed class SecuritySettingsModel
{
    public bool RequireTwoFactor { get; set; }
}
