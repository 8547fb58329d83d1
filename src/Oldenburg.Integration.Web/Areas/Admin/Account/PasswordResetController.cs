using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Account;

/// <summary>
/// "Passwort vergessen?": a mailed link with Identity's reset token. The answer never says whether
/// an address has an account, and the reset renews the security stamp, which spends the link.
/// </summary>
[Area("Admin")]
[AllowAnonymous]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PasswordResetController(UserManager<StaffUser> users, PasswordResetMail mail, AuditLog audit, SecurityNotices notices) : Controller
{
    [HttpGet]
    public IActionResult Forgot() => View(new ForgotPasswordModel());

    [HttpPost]
    [EnableRateLimiting("login")]
    public async Task<IActionResult> Forgot(ForgotPasswordModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is not null && !StaffAccounts.IsDeactivated(user))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var mailed = mail.Send(user, token);

            // Only existing accounts are logged: an unknown address someone typed is nobody's business.
            await audit.RecordAsync(
                AuditActions.PasswordResetRequested, user.UserName ?? "", AuditLog.AccountSubject, user.Id, user.UserName ?? "", mailed ? null : "keine E-Mail verschickt");
        }

        return RedirectToAction(nameof(Sent));
    }

    [HttpGet]
    public IActionResult Sent() => View();

    [HttpGet]
    public async Task<IActionResult> Reset(string? id, string? token)
    {
        var user = await UserForAsync(id);
        return user is not null && PasswordResetMail.Decode(token) is { } decoded
            && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<StaffUser>.ResetPasswordTokenPurpose, decoded)
            ? View(new ResetPasswordModel { Id = id!, Token = token! })
            : LinkRefused();
    }

    [HttpPost]
    [EnableRateLimiting("login")]
    public async Task<IActionResult> Reset(ResetPasswordModel model)
    {
        var user = await UserForAsync(model.Id);
        var decoded = PasswordResetMail.Decode(model.Token);
        if (user is null || decoded is null)
        {
            return LinkRefused();
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await users.ResetPasswordAsync(user, decoded, model.NewPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return LinkRefused();
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(ResetPasswordModel.NewPassword), IdentityMessages.German(error));
            }

            return View(model);
        }

        await users.ResetAccessFailedCountAsync(user);
        var name = user.UserName ?? "";
        await audit.RecordAsync(AuditActions.PasswordReset, name, AuditLog.AccountSubject, user.Id, name);
        notices.PasswordChanged(user);
        TempData["Flash"] = "Ihr Passwort wurde geändert. Bitte melden Sie sich mit dem neuen Passwort an.";
        return RedirectToAction("Login", "Account");
    }

    private async Task<StaffUser?> UserForAsync(string? id) =>
        string.IsNullOrEmpty(id) || id.Length > 100 || await users.FindByIdAsync(id) is not { } user || StaffAccounts.IsDeactivated(user)
            ? null
            : user;

    private ViewResult LinkRefused() => View("LinkRefused",
        "Dieser Link zum Zurücksetzen des Passworts ist abgelaufen, wurde schon benutzt oder ist unvollständig. Fordern Sie auf der Anmeldeseite über „Passwort vergessen?“ einen neuen an.");
}
