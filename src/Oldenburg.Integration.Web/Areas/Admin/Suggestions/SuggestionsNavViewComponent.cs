using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Oldenburg.Integration.Web.Areas.Admin.Suggestions;

/// <summary>The "Vorschläge (n)" menu entry, so staff see waiting suggestions from every admin page.</summary>
public sealed class SuggestionsNavViewComponent(SuggestionQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? section)
    {
        var count = await queries.OpenCountAsync(HttpContext.RequestAborted);
        var link = new TagBuilder("a");
        link.Attributes["href"] = Url.Action("Index", "Suggestions", new { area = "Admin" });
        if (section == "suggestions")
        {
            link.Attributes["aria-current"] = "page";
        }

        link.InnerHtml.Append($"Vorschläge ({count})");
        var item = new TagBuilder("li");
        item.InnerHtml.AppendHtml(link);
        return new HtmlContentViewComponentResult(item);
    }
}
