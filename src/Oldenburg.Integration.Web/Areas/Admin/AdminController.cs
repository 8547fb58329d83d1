using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin;

/// <summary>
/// Every staff page derives from this: signed-in staff only, never cached by browsers or proxies.
/// Antiforgery is validated for every POST by the global filter.
/// </summary>
[Area("Admin")]
[Authorize(Roles = StaffRoles.AnyStaff)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class AdminController : Controller
{
    protected string StaffName => User.Identity?.Name ?? "unknown";

    protected void Flash(string message) => TempData["Flash"] = message;
}
