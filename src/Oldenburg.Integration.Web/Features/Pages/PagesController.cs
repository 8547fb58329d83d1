using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Features.EasyRead;
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
        if (page is null)
        {
            return NotFound();
        }

        // Not permanent: staff may clear the flag, and the page then lives here again.
        return page.EasyRead ? Redirect(EasyReadPaths.Page(page.Slug)) : View(page);
    }
}
