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
/// One instance serves every request and takes its services from the request only once someone is
/// signed in: built per request with its dependencies, it made a database context for every anonymous
/// reader's page (ADR 0026, addendum on start-up and memory).
/// </summary>
public sealed class RequireTwoFactorFilter : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.Result is not null
            || context.HttpContext.User.Identity?.IsAuthenticated != true
            || !StaffActions.Applies<AllowWithoutTwoFactorAttribute>(context))
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<SecuritySettingsStore>();
        var cancellationToken = context.HttpContext.RequestAborted;
        if (!await settings.IsTwoFactorRequiredAsync(cancellationToken))
        {
            return;
        }

        // Read from the database, not the cookie: an account reset by an administrator loses 2FA at once.
        var identity = services.GetRequiredService<IOptions<IdentityOptions>>();
        var db = services.GetRequiredService<AppDbContext>();
        var userId = context.HttpContext.User.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value;
        var enrolled = userId is not null && await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.TwoFactorEnabled, cancellationToken);
        if (!enrolled)
        {
            context.Result = new RedirectToActionResult("Setup", "Security", new { area = "Admin" });
        }
    }
}
