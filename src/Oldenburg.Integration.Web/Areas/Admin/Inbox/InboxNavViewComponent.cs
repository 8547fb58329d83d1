using Microsoft.AspNetCore.Mvc;

namespace Oldenburg.Integration.Web.Areas.Admin.Inbox;

/// <summary>The "Nachrichten (n)" menu entry: new messages from the public are seen from every admin page.</summary>
public sealed class InboxNavViewComponent(InboxQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? section) =>
        AdminNavItem.Render(
            Url.Action("Index", "Inbox", new { area = "Admin" }),
            $"Nachrichten ({await queries.NewCountAsync(HttpContext.RequestAborted)})",
            section == "inbox");
}
