using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Features.Contact;
using Oldenburg.Integration.Web.Features.Offers;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Home;

public sealed class HomeController(OfferQueries offers, OfficeQueries office) : Controller
{
    [HttpGetOrHead("{culture:culture}")]
    [OutputCache(PolicyName = PublicPages.Home)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var culture = CultureContext.Current;
        var profile = await office.GetAsync(culture, cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        return View(new HomeViewModel(profile, await offers.PublishedAsync(culture, cancellationToken)));
    }
}

public sealed record HomeViewModel(OfficeViewModel Office, IReadOnlyList<OfferSummaryViewModel> Offers);
