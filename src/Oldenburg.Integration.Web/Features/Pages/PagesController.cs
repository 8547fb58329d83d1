using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Pages;

[Route("{culture:culture}/pages")]
[OutputCache(PolicyName = PublicPages.Pages)]
public sealed class PagesController(PageQueries pages) : Controller
{
    [HttpGetOrHead("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var page = await pages.BySlugAsync(CultureContext.Current, slug, includeUnpublished: false, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
