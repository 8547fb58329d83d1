using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Oldenburg.Integration.Web.Areas.Admin;

/// <summary>One entry of the admin menu rendered by a view component, e.g. with a count of waiting items.</summary>
public static class AdminNavItem
{
    public static HtmlContentViewComponentResult Render(string? href, string text, bool current)
    {
        var link = new TagBuilder("a");
        link.Attributes["href"] = href;
        if (current)
        {
            link.Attributes["aria-current"] = "page";
        }

        link.InnerHtml.Append(text);
        var item = new TagBuilder("li");
        item.InnerHtml.AppendHtml(link);
        return new HtmlContentViewComponentResult(item);
    }
}
