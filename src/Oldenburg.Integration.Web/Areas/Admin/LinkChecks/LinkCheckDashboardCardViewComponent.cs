using Microsoft.AspNetCore.Mvc;

namespace Oldenburg.Integration.Web.Areas.Admin.LinkChecks;

/// <summary>The dashboard's link card: shown only when a link is broken, redirected or timed out.</summary>
public sealed class LinkCheckDashboardCardViewComponent(LinkCheckQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var count = await queries.NeedingAttentionCountAsync(HttpContext.RequestAborted);
        return count == 0 ? Content("") : View("~/Areas/Admin/LinkChecks/_DashboardCard.cshtml", count);
    }
}
