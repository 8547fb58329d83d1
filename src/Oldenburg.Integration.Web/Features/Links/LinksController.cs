using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Links;

/// <summary>/{culture}/links: the links by category, filtered by GET query, and the literature list.</summary>
[Route("{culture:culture}/links")]
[OutputCache(PolicyName = PublicPages.Links)]
public sealed class LinksController(LinkQueries links) : Controller
{
    [HttpGetOrHead("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await links.PageAsync(CultureContext.Current, LinkFilter.FromQuery(Request.Query), preview: null, cancellationToken));
}
