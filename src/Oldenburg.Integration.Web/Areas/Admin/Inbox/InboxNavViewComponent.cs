using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Oldenburg.Integration.Web.Areas.Admin.Inbox;

/// <summary>The "Nachrichten (n)" menu entry: new messages from the public are seen from every admin page.</summary>
public sealed class InboxNavViewComponent(InboxQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? section)
    {
        var count = await queries.NewCountAsync(HttpContext.RequestAborted);
        var link = new TagBuilder("a");
        link.Attributes["href"] = Url.Action("Index", "Inbox", new { area = "Admin" });
        if (section == "inbox")
        {
            link.Attributes["aria-current"] = "page";
        }

        link.InnerHtml.Append($"Nachrichten ({count})");
        var item = new TagBuilder("li");
        item.InnerHtml.AppendHtml(link);
        return new HtmlContentViewComponentResult(item);
    }
}
