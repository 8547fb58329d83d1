using Microsoft.AspNetCore.Mvc;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

/// <summary>The dashboard's partner card, kept here so the dashboard needs only one line for it.</summary>
public sealed class PartnerDashboardCardViewComponent(PartnerAdminQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var (published, drafts, stale) = await queries.CountsAsync(HttpContext.RequestAborted);
        return View("~/Areas/Admin/Partners/_DashboardCard.cshtml", new PartnerCounts(published, drafts, stale, queries.StaleAfterDays));
    }
}

public sealed record PartnerCounts(int Published, int Drafts, int Stale, int StaleAfterDays);
