using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Oldenburg.Integration.Web.Areas.Admin.Access;

/// <summary>What the admin area's own authorization filters (grants, required 2FA) have in common.</summary>
public static class StaffActions
{
    /// <summary>
    /// An admin-area action that needs a signed-in member of staff: not a public page (an error page
    /// re-executed for an admin request still carries the staff principal), not a sign-in page, and
    /// carrying no attribute of type <typeparamref name="TExempt"/>.
    /// </summary>
    public static bool Applies<TExempt>(AuthorizationFilterContext context)
        where TExempt : Attribute
    {
        var action = context.ActionDescriptor;
        return action.RouteValues.TryGetValue("area", out var area)
            && string.Equals(area, "Admin", StringComparison.OrdinalIgnoreCase)
            && !action.EndpointMetadata.Any(m => m is IAllowAnonymous or TExempt);
    }
}
