using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>Shown above a preview: it is not the public page, and where to go back to.</summary>
public sealed record PreviewBanner(string EditUrl, string Culture);

/// <summary>
/// Renders a public view in the preview's language. The culture must be set while the view
/// renders, which is after the action has returned, so it is set here and not in the action.
/// </summary>
public sealed class PreviewResult(IActionResult view, string culture) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var info = SupportedCultures.Get(culture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (info, info);
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store, private";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        await view.ExecuteResultAsync(context);
    }
}
