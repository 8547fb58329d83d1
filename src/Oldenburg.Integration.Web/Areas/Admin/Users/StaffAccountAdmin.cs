using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Users;

/// <summary>
/// Changes to other people's accounts. Every change that narrows what someone may do renews the
/// account's security stamp, so open sessions pick it up within the validation interval.
/// </summary>
public sealed class StaffAccountAdmin(UserManager<StaffUser> users, AuditLog audit)
{
    public async Task<IReadOnlyList<UserRowViewModel>> ListAsync(CancellationToken cancellationToken)
    {
        var list = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = new List<UserRowViewModel>();
        foreach (var user in list)
        {
            rows.Add(new UserRowViewModel(
                user.Id, user.Email ?? "", user.DisplayName, await RoleOfAsync(user), await GrantsOfAsync(user),
                StaffAccounts.IsDeactivated(user), user.TwoFactorEnabled));
        }

        return rows;
    }

    public async Task<string> RoleOfAsync(StaffUser user) => (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";

    public async Task<IReadOnlyList<string>> GrantsOfAsync(StaffUser user) => GrantValues(GrantClaims(await users.GetClaimsAsync(user)));

    /// <summary>An error message, or null when the change was saved.</summary>
    public async Task<string?> ChangeAsync(StaffUser user, UserEditModel form, string actor)
    {
        // Read once: the same roles and claims decide what changes and are what gets replaced.
        var roles = await users.GetRolesAsync(user);
        var role = roles.FirstOrDefault() ?? "";
        var grantClaims = GrantClaims(await users.GetClaimsAsync(user));
        var grants = GrantValues(grantClaims);
        if (role == StaffRoles.Administrator && form.Role != StaffRoles.Administrator)
        {
            if (IsSelf(user, actor))
            {
                return "Sie können sich die Administration nicht selbst entziehen.";
            }

            if (await IsLastActiveAdministratorAsync(user))
            {
                return "Dies ist das letzte aktive Administrationskonto; es muss Administration bleiben.";
            }
        }

        var label = $"{user.DisplayName} ({user.Email})";
        if (user.DisplayName != form.DisplayName.Trim())
        {
            user.DisplayName = form.DisplayName.Trim();
            await users.UpdateAsync(user);
            await audit.RecordAsync(AuditActions.UserChanged, actor, AuditLog.UsersSubject, user.Id, $"{user.DisplayName} ({user.Email})", $"Name geändert (vorher: {label})");
        }

        var newGrants = form.EffectiveGrants;
        if (role == form.Role && grants.SequenceEqual(newGrants))
        {
            return null;
        }

        if (role != form.Role)
        {
            await users.RemoveFromRolesAsync(user, roles);
            await users.AddToRoleAsync(user, form.Role);
        }

        if (grantClaims.Count > 0)
        {
            await users.RemoveClaimsAsync(user, grantClaims);
        }

        if (newGrants.Count > 0)
        {
            await users.AddClaimsAsync(user, newGrants.Select(g => new Claim(StaffClaims.ContentGrant, g)));
        }

        audit.Add(AuditActions.UserRoleChanged, actor, AuditLog.UsersSubject, user.Id, $"{user.DisplayName} ({user.Email})", $"{Describe(role, grants)} → {Describe(form.Role, newGrants)}");

        // Saves the audit entry along with the new stamp, which ends sessions that still carry the old role.
        await users.UpdateSecurityStampAsync(user);
        return null;
    }

    /// <summary>An error message, or null when the account's state was changed.</summary>
    public async Task<string?> SetActiveAsync(StaffUser user, bool active, string actor)
    {
        if (!active && IsSelf(user, actor))
        {
            return "Sie können Ihr eigenes Konto nicht deaktivieren.";
        }

        if (!active && await IsLastActiveAdministratorAsync(user))
        {
            return "Dies ist das letzte aktive Administrationskonto; es kann nicht deaktiviert werden.";
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, active ? null : StaffAccounts.DeactivatedUntil);
        if (active)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        audit.Add(active ? AuditActions.UserReactivated : AuditActions.UserDeactivated, actor, AuditLog.UsersSubject, user.Id, $"{user.DisplayName} ({user.Email})");
        await users.UpdateSecurityStampAsync(user);
        return null;
    }

    private async Task<bool> IsLastActiveAdministratorAsync(StaffUser user)
    {
        var admins = await users.GetUsersInRoleAsync(StaffRoles.Administrator);
        var active = admins.Where(a => !StaffAccounts.IsDeactivated(a)).ToList();
        return active.Count <= 1 && active.Any(a => a.Id == user.Id);
    }

    private static List<Claim> GrantClaims(IEnumerable<Claim> claims) => [.. claims.Where(c => c.Type == StaffClaims.ContentGrant)];

    private static IReadOnlyList<string> GrantValues(IEnumerable<Claim> grantClaims) => [.. grantClaims.Select(c => c.Value).Order(StringComparer.Ordinal)];

    private static bool IsSelf(StaffUser user, string actor) => string.Equals(user.UserName, actor, StringComparison.OrdinalIgnoreCase);

    private static string Describe(string role, IReadOnlyList<string> grants) =>
        StaffRoles.German(role) + (grants.Count > 0 ? $" ({string.Join(", ", grants)})" : "");
}
