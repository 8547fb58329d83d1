using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oldenburg.Integration.Web.Areas.Admin.Account;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.TwoFactorSignIn;

/// <summary>
/// The second sign-in step after a correct password: a code from the authenticator app or one of the
/// recovery codes. Anonymous by necessity; only the short-lived two-factor cookie that the password
/// step set says who is signing in, and without it both pages send the visitor back to the login.
/// </summary>
[Area("Admin")]
[AllowAnonymous]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class TwoFactorSignInController(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit) : Controller
{
    private const string LockedOutMessage = "Das Konto ist nach mehreren Fehlversuchen für 15 Minuten gesperrt. Bitte versuchen Sie es später noch einmal.";

    [HttpGet]
    public Task<IActionResult> Index(string? returnUrl) => StepAsync(returnUrl);

    [HttpPost]
    [EnableRateLimiting("login")]
    public Task<IActionResult> Index(TwoFactorCodeModel model) => WithPendingUserAsync(model, AuthenticatorAsync);

    [HttpGet]
    public Task<IActionResult> Recovery(string? returnUrl) => StepAsync(returnUrl);

    [HttpPost]
    [EnableRateLimiting("login")]
    public Task<IActionResult> Recovery(TwoFactorCodeModel model) => WithPendingUserAsync(model, RecoveryAsync);

    /// <summary>Both steps are reachable only between a correct password and the second factor.</summary>
    private async Task<IActionResult> StepAsync(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction("Login", "Account", new { returnUrl })
            : View(new TwoFactorCodeModel { ReturnUrl = returnUrl });

    private async Task<IActionResult> WithPendingUserAsync(TwoFactorCodeModel model, Func<StaffUser, TwoFactorCodeModel, Task<IActionResult>> step)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction("Login", "Account", new { returnUrl = model.ReturnUrl });
        }

        return ModelState.IsValid ? await step(user, model) : View(model);
    }

    private async Task<IActionResult> AuthenticatorAsync(StaffUser user, TwoFactorCodeModel model)
    {
        var code = TwoFactorCodeModel.Normalize(model.Code);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(nameof(TwoFactorCodeModel.Code), "Bitte geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.");
            return View(model);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        var name = user.UserName ?? "";
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.SignIn, name, AuditLog.AccountSubject, user.Id, name, "mit Authenticator-App");
            return this.RedirectAfterSignIn(model.ReturnUrl);
        }

        return await FailedAsync(user, model, result.IsLockedOut, "Authenticator-App", "Der Code ist nicht richtig oder abgelaufen. Bitte geben Sie den aktuellen Code aus Ihrer App ein.");
    }

    private async Task<IActionResult> RecoveryAsync(StaffUser user, TwoFactorCodeModel model)
    {
        var code = TwoFactorCodeModel.Normalize(model.Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(TwoFactorCodeModel.Code), "Bitte geben Sie einen Ihrer Wiederherstellungscodes ein.");
            return View(model);
        }

        // Identity does not count wrong recovery codes towards the lockout; a guessed code must cost as much as a guessed password.
        if (await users.IsLockedOutAsync(user))
        {
            return await FailedAsync(user, model, lockedOut: true, "Wiederherstellungscode", LockedOutMessage);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        var name = user.UserName ?? "";
        if (result.Succeeded)
        {
            var left = await users.CountRecoveryCodesAsync(user);
            audit.Add(AuditActions.RecoveryCodeUsed, name, AuditLog.AccountSubject, user.Id, name, $"noch {left} Codes übrig");
            await audit.RecordAsync(AuditActions.SignIn, name, AuditLog.AccountSubject, user.Id, name, "mit Wiederherstellungscode");
            TempData["Flash"] = left <= 3
                ? $"Sie haben noch {left} Wiederherstellungscodes. Erzeugen Sie bald neue unter „Zwei-Faktor-Anmeldung“."
                : "Der Wiederherstellungscode ist jetzt verbraucht.";
            return this.RedirectAfterSignIn(model.ReturnUrl);
        }

        await users.AccessFailedAsync(user);
        var lockedOut = await users.IsLockedOutAsync(user);
        return await FailedAsync(user, model, lockedOut, "Wiederherstellungscode", "Dieser Wiederherstellungscode ist nicht gültig oder wurde schon verwendet.");
    }

    private async Task<IActionResult> FailedAsync(StaffUser user, TwoFactorCodeModel model, bool lockedOut, string method, string message)
    {
        var name = user.UserName ?? "";
        await audit.RecordAsync(AuditActions.TwoFactorFailed, name, AuditLog.AccountSubject, user.Id, name, lockedOut ? $"{method}, Konto gesperrt" : method);
        ModelState.AddModelError(nameof(TwoFactorCodeModel.Code), lockedOut ? LockedOutMessage : message);
        model.Code = "";
        return View(model);
    }
}
