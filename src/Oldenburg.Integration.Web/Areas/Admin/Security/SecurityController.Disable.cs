using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Security;

public sealed partial class SecurityController
{
    private const string RequiredMessage = "Die Zwei-Faktor-Anmeldung ist für alle Mitarbeitenden Pflicht und kann nicht ausgeschaltet werden.";

    [HttpGet]
    public async Task<IActionResult> Disable(CancellationToken cancellationToken) =>
        await users.GetUserAsync(User) is { } user
            ? await RefusedDisableAsync(user, cancellationToken) ?? View(new TwoFactorDisableModel())
            : RedirectToAction(nameof(Index));

    /// <summary>Needs the password or a current code, so a session left open on a shared desk cannot weaken the account.</summary>
    [HttpPost]
    public async Task<IActionResult> Disable(TwoFactorDisableModel model, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToAction(nameof(Index));
        }

        if (await RefusedDisableAsync(user, cancellationToken) is { } refused)
        {
            return refused;
        }

        var code = TwoFactorSignIn.TwoFactorCodeModel.Normalize(model.Code);
        var confirmed = ModelState.IsValid && (
            (!string.IsNullOrEmpty(model.Password) && (await signIn.CheckPasswordSignInAsync(user, model.Password, lockoutOnFailure: true)).Succeeded)
            || (code.Length == 6 && await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code)));
        if (!confirmed)
        {
            ModelState.AddModelError(nameof(TwoFactorDisableModel.Password), "Bitte bestätigen Sie mit Ihrem richtigen Passwort oder dem aktuellen Code aus Ihrer App.");
            return View(new TwoFactorDisableModel());
        }

        await users.SetTwoFactorEnabledAsync(user, false);

        // A later set-up starts from a new key and no codes, so nothing from the old app or paper keeps working.
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        var name = user.UserName ?? "";

        // The change is made; its entry is saved even if the browser has gone away meanwhile.
        await audit.RecordAsync(AuditActions.TwoFactorDisabled, name, AuditLog.AccountSubject, user.Id, name, cancellationToken: CancellationToken.None);
        notices.TwoFactorDisabled(user);
        await signIn.RefreshSignInAsync(user);
        Flash("Die Zwei-Faktor-Anmeldung ist ausgeschaltet. Sie melden sich jetzt nur mit Ihrem Passwort an.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Nothing to switch off, or switching off is not allowed while 2FA is required for all.</summary>
    private async Task<IActionResult?> RefusedDisableAsync(StaffUser user, CancellationToken cancellationToken)
    {
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (await settings.IsTwoFactorRequiredAsync(cancellationToken))
        {
            Flash(RequiredMessage);
            return RedirectToAction(nameof(Index));
        }

        return null;
    }
}
