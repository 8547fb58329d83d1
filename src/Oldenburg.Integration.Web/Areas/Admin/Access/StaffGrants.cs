using System.Security.Claims;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Access;

/// <summary>What a signed-in staff member may edit, read from the roles and grants in the sign-in cookie.</summary>
public static class StaffGrants
{
    /// <summary>
    /// Restricted and nothing more: a person who also holds a full role is not narrowed by their grants,
    /// so giving someone the editor role can never take access away.
    /// </summary>
    public static bool IsRestricted(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Restricted) && !user.IsInRole(StaffRoles.Administrator) && !user.IsInRole(StaffRoles.Editor);

    public static bool MayEdit(ClaimsPrincipal user, string contentKey) =>
        !IsRestricted(user) || Granted(user).Contains(contentKey, StringComparer.Ordinal);

    public static IReadOnlyList<string> Granted(ClaimsPrincipal user) =>
        [.. user.FindAll(StaffClaims.ContentGrant).Select(c => c.Value)];
}
