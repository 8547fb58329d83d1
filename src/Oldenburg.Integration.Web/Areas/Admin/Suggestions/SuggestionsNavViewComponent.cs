using Microsoft.AspNetCore.Mvc;

namespace Oldenburg.Integration.Web.Areas.Admin.Suggestions;

/// <summary>The "Vorschläge (n)" menu entry, so staff see waiting suggestions from every admin page.</summary>
public sealed class SuggestionsNavViewComponent(SuggestionQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? section) =>
        AdminNavItem.Render(
            Url.Action("Index", "Suggestions", new { area = "Admin" }),
            $"Vorschläge ({await queries.OpenCountAsync(HttpContext.RequestAborted)})",
            section == "suggestions");
}
