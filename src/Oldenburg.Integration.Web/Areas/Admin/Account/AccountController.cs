using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oldenburg.Integration.Web.Areas.Admin.Access;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Account;

[Area("Admin")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[AllowAnyStaff]
[AllowWithoutTwoFactor]
public sealed partial class AccountController(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit, SecurityNotices notices, ILogger<AccountController> logger) : Controller
{
    [HttpGet]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginModel { ReturnUrl = returnUrl });

    [HttpPost]
    [AllowAnonymous]
    [EnableRateLimiting("login")]
    public async Task<IActionResult> Login(LoginModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.PasswordSignInAsync(model.Email, model.Password, isPersistent: false, lockoutOnFailure: true);
        var loginName = model.Email.Trim();
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.SignIn, loginName, AuditLog.AccountSubject, null, loginName);
            return this.RedirectAfterSignIn(model.ReturnUrl);
        }

        // The password was right; the sign-in is recorded once the second step succeeds.
        if (result.RequiresTwoFactor)
        {
            return RedirectToAction("Index", "TwoFactorSignIn", new { returnUrl = model.ReturnUrl });
        }

        // Neither the address nor the password is logged: both are personal or secret.
        LogFailedSignIn(logger, result.IsLockedOut);

        // The audit log keeps the name that was tried, so administrators see guessing; never the password.
        await audit.RecordAsync(
            AuditActions.SignInFailed, loginName, AuditLog.AccountSubject, null, loginName, result.IsLockedOut ? "Konto gesperrt" : null);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Das Konto ist nach mehreren Fehlversuchen für 15 Minuten gesperrt. Bitte versuchen Sie es später noch einmal."
            : "E-Mail-Adresse oder Passwort ist nicht richtig.");
        return View(model);
    }

    [HttpPost]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        var name = User.Identity?.Name ?? "";
        await signIn.SignOutAsync();
        await audit.RecordAsync(AuditActions.SignOut, name, AuditLog.AccountSubject, null, name);
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    [AllowAnonymous]
    public IActionResult Denied() => View();

    [HttpGet]
    [Authorize(Roles = StaffRoles.AnyStaff)]
    public IActionResult Password() => View(new ChangePasswordModel());

    [HttpPost]
    [Authorize(Roles = StaffRoles.AnyStaff)]
    public async Task<IActionResult> Password(ChangePasswordModel model)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
            if (result.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                var name = user.UserName ?? "";
                await audit.RecordAsync(AuditActions.PasswordChanged, name, AuditLog.AccountSubject, user.Id, name);
                notices.PasswordChanged(user);
                TempData["Flash"] = "Ihr Passwort wurde geändert.";
                return RedirectToAction("Index", "Dashboard");
            }

            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(ChangePasswordModel.CurrentPassword) : nameof(ChangePasswordModel.NewPassword);
                ModelState.AddModelError(field, error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Das bisherige Passwort ist nicht richtig." : IdentityMessages.German(error));
            }
        }

        return View(model);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed staff sign-in (locked out: {LockedOut})")]
    private static partial void LogFailedSignIn(ILogger logger, bool lockedOut);
}

public sealed class LoginModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(254, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "E-Mail-Adresse")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Passwort")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordModel : NewPasswordModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Bisheriges Passwort")]
    public string CurrentPassword { get; set; } = "";
}
