using Microsoft.AspNetCore.Mvc;

namespace Oldenburg.Integration.Web.Areas.Admin.Inbox;

/// <summary>The dashboard's "Nachrichten" card: how many messages from the public wait for someone.</summary>
public sealed class InboxDashboardCardViewComponent(InboxQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Areas/Admin/Inbox/_DashboardCard.cshtml", await queries.NewCountAsync(HttpContext.RequestAborted));
}
