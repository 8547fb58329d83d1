using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Access;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Security;

/// <summary>
/// The signed-in member of staff's own two-factor sign-in: set-up, recovery codes, switching it off.
/// Open to every staff role and open while 2FA is required but not yet set up, since this is where it is set up.
/// </summary>
[AllowAnyStaff]
[AllowWithoutTwoFactor]
public sealed partial class SecurityController(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, SecuritySettingsStore settings, AuditLog audit, SecurityNotices notices) : AdminController
{
    private const int RecoveryCodeCount = 10;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var left = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return View(new SecurityStatusViewModel(user.TwoFactorEnabled, left, await settings.IsTwoFactorRequiredAsync(cancellationToken)));
    }

    [HttpGet]
    public async Task<IActionResult> Setup(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        return View(await SetupPageAsync(user, new TwoFactorSetupModel(), cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Setup(TwoFactorSetupModel model, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        var code = TwoFactorSignIn.TwoFactorCodeModel.Normalize(model.Code);
        var valid = ModelState.IsValid && code.Length == 6 && code.All(char.IsAsciiDigit)
            && await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(TwoFactorSetupModel.Code), "Der Code stimmt nicht. Geben Sie den sechsstelligen Code ein, den Ihre App gerade anzeigt, und prüfen Sie, ob die Uhrzeit Ihres Telefons stimmt.");
            model.Code = "";
            return View(await SetupPageAsync(user, model, cancellationToken));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        var name = user.UserName ?? "";

        // The change is made; its entry is saved even if the browser has gone away meanwhile.
        await audit.RecordAsync(AuditActions.TwoFactorEnabled, name, AuditLog.AccountSubject, user.Id, name, cancellationToken: CancellationToken.None);
        notices.TwoFactorEnabled(user);

        // Enabling 2FA changes the security stamp; without a refresh the stamp check would sign the user out within a minute.
        await signIn.RefreshSignInAsync(user);
        return View("RecoveryCodes", new RecoveryCodesViewModel([.. codes], JustEnabled: true));
    }

    /// <summary>New codes replace all old ones. They are shown in this response only: no page can show them again.</summary>
    [HttpPost]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        var name = user.UserName ?? "";
        await audit.RecordAsync(AuditActions.RecoveryCodesRegenerated, name, AuditLog.AccountSubject, user.Id, name);
        notices.RecoveryCodesRenewed(user);
        return View("RecoveryCodes", new RecoveryCodesViewModel([.. codes], JustEnabled: false));
    }

    private async Task<TwoFactorSetupModel> SetupPageAsync(StaffUser user, TwoFactorSetupModel model, CancellationToken cancellationToken)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        var email = user.Email ?? user.UserName ?? "";
        model.GroupedKey = TwoFactorKeys.Grouped(key);
        model.QrSvg = TwoFactorKeys.QrSvg(TwoFactorKeys.OtpAuthUri(email, key), $"QR-Code zum Einrichten der Authenticator-App für {email}");
        model.Required = await settings.IsTwoFactorRequiredAsync(cancellationToken);
        return model;
    }
}
