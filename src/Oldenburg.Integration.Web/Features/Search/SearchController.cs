using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Search;

/// <summary>/{culture}/search?q=…: one search over every content type, grouped by type (ADR 0032).</summary>
[Route("{culture:culture}/search")]
public sealed class SearchController(SiteSearch search) : Controller
{
    [HttpGetOrHead("")]
    [OutputCache(PolicyName = PublicPages.Search)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var query = SiteSearchQuery.FromQuery(Request.Query, CultureContext.Current);
        var group = Request.Query[SiteSearchQuery.GroupKey].FirstOrDefault();
        return View(await search.SearchAsync(query, search.IsGroup(group) ? group : null, cancellationToken));
    }
}
