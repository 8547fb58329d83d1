using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Content;

namespace Oldenburg.Integration.Web.Areas.Admin.Translations;

/// <summary>The dashboard's translation card: how many translations lag behind their German source.</summary>
public sealed class TranslationsDashboardCardViewComponent(TranslationTracker tracker, ContentCatalog catalog) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var report = await tracker.CoverageAsync(catalog, HttpContext.RequestAborted);
        return View("~/Areas/Admin/Translations/_DashboardCard.cshtml", new TranslationCardCounts(
            report.Cultures.Sum(c => c.Counts.Outdated),
            report.Cultures.Sum(c => c.Counts.Missing)));
    }
}

public sealed record TranslationCardCounts(int Outdated, int Missing);
