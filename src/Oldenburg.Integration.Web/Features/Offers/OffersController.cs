using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Offers;

[Route("{culture:culture}/offers")]
[OutputCache(PolicyName = PublicPages.Offers)]
public sealed class OffersController(OfferQueries offers) : Controller
{
    [HttpGetOrHead("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await offers.PublishedAsync(CultureContext.Current, cancellationToken));

    [HttpGetOrHead("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var offer = await offers.BySlugAsync(CultureContext.Current, slug, includeUnpublished: false, cancellationToken);
        return offer is null ? NotFound() : View(offer);
    }
}
