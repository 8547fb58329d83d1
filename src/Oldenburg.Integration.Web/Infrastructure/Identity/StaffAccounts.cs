using Microsoft.AspNetCore.Identity;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>Creates staff accounts; used by the create-admin command, the demo seed and the admin area.</summary>
public sealed class StaffAccounts(UserManager<StaffUser> users)
{
    public async Task<IdentityResult> CreateAsync(string email, string displayName, string password, string role)
    {
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
    }

    public async Task<bool> ExistsAsync(string email) => await users.FindByEmailAsync(email) is not null;

    /// <summary>A deactivated account is locked out for good; failed sign-ins only lock it for minutes.</summary>
    public static readonly DateTimeOffset DeactivatedUntil = DateTimeOffset.MaxValue;

    // Compared by year: a database may round the stored maximum by a tick.
    public static bool IsDeactivated(StaffUser user) => user.LockoutEnd is { } end && end.Year >= 9999;
}
