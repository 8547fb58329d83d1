using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Users;

/// <summary>Staff accounts. Only administrators manage them; there is no self-registration.</summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class UsersController(UserManager<StaffUser> users, StaffAccounts accounts, AuditLog audit, TimeProvider clock) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var list = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = new List<UserRowViewModel>();
        foreach (var user in list)
        {
            var roles = await users.GetRolesAsync(user);
            var locked = user.LockoutEnd is { } end && end > clock.GetUtcNow();
            rows.Add(new UserRowViewModel(user.Id, user.Email ?? "", user.DisplayName, string.Join(", ", roles), locked, user.TwoFactorEnabled));
        }

        return View(rows);
    }

    [HttpGet]
    public IActionResult Create() => View(new UserCreateModel());

    [HttpPost]
    public async Task<IActionResult> Create(UserCreateModel model)
    {
        if (ModelState.IsValid && await accounts.ExistsAsync(model.Email))
        {
            ModelState.AddModelError(nameof(UserCreateModel.Email), "Für diese E-Mail-Adresse gibt es schon ein Konto.");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await accounts.CreateAsync(model.Email.Trim(), model.DisplayName.Trim(), model.Password, model.Role);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(UserCreateModel.Password), IdentityMessages.German(error));
            }

            return View(model);
        }

        var created = await users.FindByEmailAsync(model.Email.Trim());
        await audit.RecordAsync(
            AuditActions.UserCreated, StaffName, AuditLog.UsersSubject, created?.Id, $"{model.DisplayName.Trim()} ({model.Email.Trim()})", $"Rolle: {model.Role}");
        Flash($"Das Konto für {model.DisplayName} wurde angelegt. Bitte geben Sie das Passwort auf sicherem Weg weiter.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Lock(string id) => await SetLockAsync(id, locked: true);

    [HttpPost]
    public async Task<IActionResult> Unlock(string id) => await SetLockAsync(id, locked: false);

    private async Task<IActionResult> SetLockAsync(string id, bool locked)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (locked && string.Equals(user.UserName, StaffName, StringComparison.OrdinalIgnoreCase))
        {
            Flash("Sie können Ihr eigenes Konto nicht sperren.");
            return RedirectToAction(nameof(Index));
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        // Staged before the stamp update, whose save then stores the entry with it.
        audit.Add(AuditActions.UserChanged, StaffName, AuditLog.UsersSubject, user.Id, $"{user.DisplayName} ({user.Email})", locked ? "gesperrt" : "entsperrt");

        // A new security stamp signs a locked user out of sessions that are still open.
        await users.UpdateSecurityStampAsync(user);
        Flash(locked ? $"{user.DisplayName} kann sich nicht mehr anmelden." : $"{user.DisplayName} kann sich wieder anmelden.");
        return RedirectToAction(nameof(Index));
    }
}

public sealed record UserRowViewModel(string Id, string Email, string DisplayName, string Roles, bool IsLocked, bool TwoFactorEnabled = false);

public sealed class UserCreateModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(254, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "E-Mail-Adresse (Anmeldename)")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "Das Passwort muss mindestens 12 Zeichen lang sein.")]
    [Display(Name = "Erstes Passwort")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression("^(Administrator|Editor)$", ErrorMessage = "Bitte wählen Sie eine Rolle.")]
    [Display(Name = "Rolle")]
    public string Role { get; set; } = StaffRoles.Editor;
}
