using Microsoft.AspNetCore.Mvc;

namespace Oldenburg.Integration.Web.Areas.Admin.Account;

/// <summary>Where a completed sign-in goes: back to the admin page that asked for it, anything else to the dashboard.</summary>
public static class StaffReturnUrl
{
    public static IActionResult RedirectAfterSignIn(this Controller controller, string? returnUrl) =>
        controller.Url.IsLocalUrl(returnUrl) && returnUrl!.StartsWith("/admin", StringComparison.OrdinalIgnoreCase)
            ? controller.LocalRedirect(returnUrl)
            : controller.RedirectToAction("Index", "Dashboard", new { area = "Admin" });
}
