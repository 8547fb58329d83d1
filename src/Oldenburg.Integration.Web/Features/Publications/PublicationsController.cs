using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Publications;

[Route("{culture:culture}/publications")]
[OutputCache(PolicyName = PublicPages.Publications)]
public sealed class PublicationsController(PublicationQueries publications) : Controller
{
    [HttpGetOrHead("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await publications.ListAsync(CultureContext.Current, PublicationFilter.FromQuery(Request.Query), cancellationToken));

    [HttpGetOrHead("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var publication = await publications.BySlugAsync(CultureContext.Current, slug, includeUnpublished: false, cancellationToken);
        return publication is null ? NotFound() : View(publication);
    }
}
