using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Features.Pages;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.EasyRead;

/// <summary>
/// The Leichte Sprache section: standing pages marked as easy-read, in German only. Another
/// language's address leads to the German section, since that is what its link promised (ADR 0036).
/// </summary>
[Route("{culture:culture}/" + EasyReadPaths.Segment)]
[OutputCache(PolicyName = PublicPages.Pages)]
public sealed class EasyReadController(PageQueries pages) : Controller
{
    [HttpGetOrHead("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        CultureContext.Current != EasyReadPaths.Culture
            ? RedirectPermanent(EasyReadPaths.Overview)
            : View(await pages.EasyReadPagesAsync(cancellationToken));

    [HttpGetOrHead("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        if (CultureContext.Current != EasyReadPaths.Culture)
        {
            return RedirectPermanent(EasyReadPaths.Page(slug));
        }

        var page = await pages.BySlugAsync(EasyReadPaths.Culture, slug, includeUnpublished: false, cancellationToken);
        return page is { EasyRead: true } ? View(page) : NotFound();
    }
}
