using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Pages;

[Route("{culture:culture}/pages")]
public sealed class PagesController(PageQueries pages) : Controller
{
    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var page = await pages.BySlugAsync(CultureContext.Current, slug, includeUnpublished: false, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
