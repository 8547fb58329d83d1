using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Areas.Admin.Access;
using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>
/// While administrators require 2FA, a signed-in member of staff without it reaches only the pages
/// marked <see cref="AllowWithoutTwoFactorAttribute"/>; every other admin request, GET or POST, is
/// sent to the set-up. Runs as an authorization filter, before model binding or any action code.
/// </summary>
public sealed class RequireTwoFactorFilter(SecuritySettingsStore settings, AppDbContext db, IOptions<IdentityOptions> identity) : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.Result is not null
            || context.HttpContext.User.Identity?.IsAuthenticated != true
            || !StaffActions.Applies<AllowWithoutTwoFactorAttribute>(context))
        {
            return;
        }

        var cancellationToken = context.HttpContext.RequestAborted;
        if (!await settings.IsTwoFactorRequiredAsync(cancellationToken))
        {
            return;
        }

        // Read from the database, not the cookie: an account reset by an administrator loses 2FA at once.
        var userId = context.HttpContext.User.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value;
        var enrolled = userId is not null && await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.TwoFactorEnabled, cancellationToken);
        if (!enrolled)
        {
            context.Result = new RedirectToActionResult("Setup", "Security", new { area = "Admin" });
        }
    }
}
