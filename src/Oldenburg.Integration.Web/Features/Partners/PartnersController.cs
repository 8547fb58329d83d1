using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Partners;

[Route("{culture:culture}/partners")]
public sealed class PartnersController(PartnerQueries partners, SiteAddress site, TimeProvider clock) : Controller
{
    public const int PrintLimit = 500;

    [HttpGetOrHead("")]
    [OutputCache(PolicyName = PublicPages.Directory)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await partners.SearchAsync(PartnerFilter.FromQuery(Request.Query), CultureContext.Current, cancellationToken));

    [HttpGetOrHead(Slugs.Print)]
    [OutputCache(PolicyName = PublicPages.Partner)]
    public async Task<IActionResult> Print(CancellationToken cancellationToken)
    {
        var (filter, lookups, total, items) = await partners.AllAsync(PartnerFilter.FromQuery(Request.Query), CultureContext.Current, PrintLimit, cancellationToken);
        return View(new PartnerPrintViewModel(filter, lookups, items, total, clock.GetUtcNow()));
    }

    [HttpGetOrHead(Slugs.OpenData)]
    [OutputCache(PolicyName = PublicPages.Pages)]
    public IActionResult OpenData() => View();

    [HttpGetOrHead("{slug}")]
    [OutputCache(PolicyName = PublicPages.Partner)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var partner = await partners.BySlugAsync(slug, CultureContext.Current, includeUnpublished: false, cancellationToken);
        return partner is null
            ? NotFound()
            : View(new PartnerDetailsViewModel(partner, OpeningStatus.At(partner.OpeningHours, clock.GetUtcNow())));
    }

    [HttpGetOrHead("{slug}.vcf")]
    [OutputCache(PolicyName = PublicPages.Partner)]
    public async Task<IActionResult> VCard(string slug, CancellationToken cancellationToken)
    {
        var culture = CultureContext.Current;
        var partner = await partners.BySlugAsync(slug, culture, includeUnpublished: false, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        var pageUrl = site.Absolute($"/{culture}/partners/{partner.Slug}");
        return File(Encoding.UTF8.GetBytes(PartnerVCard.For(partner, pageUrl)), "text/vcard; charset=utf-8", partner.Slug + ".vcf");
    }
}
