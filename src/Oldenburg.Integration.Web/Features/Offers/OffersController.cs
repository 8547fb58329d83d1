using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Offers;

[Route("{culture:culture}/offers")]
public sealed class OffersController(OfferQueries offers) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await offers.PublishedAsync(CultureContext.Current, cancellationToken));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var offer = await offers.BySlugAsync(CultureContext.Current, slug, includeUnpublished: false, cancellationToken);
        return offer is null ? NotFound() : View(offer);
    }
}
