using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Sitemap;

/// <summary>
/// /sitemap.xml is an index of the sitemap files; together they list every public page once per
/// language, each with its language alternates, so search engines show a reader the page in their
/// language. Drafts never appear.
/// </summary>
[OutputCache(PolicyName = PublicPages.Sitemap)]
public sealed class SitemapController(SitemapDocuments sitemaps, SiteAddress site) : Controller
{
    private const string XmlType = "application/xml; charset=utf-8";

    [HttpGetOrHead("sitemap.xml")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        File((await sitemaps.GetAsync(cancellationToken))[0], XmlType);

    [HttpGetOrHead("sitemap-{number:int}.xml")]
    public async Task<IActionResult> Part(int number, CancellationToken cancellationToken)
    {
        var documents = await sitemaps.GetAsync(cancellationToken);
        return number >= 1 && number < documents.Count ? File(documents[number], XmlType) : NotFound();
    }

    [HttpGetOrHead("robots.txt")]
    public IActionResult Robots() => Content(
        $"User-agent: *\nDisallow: /admin\nDisallow: /*/partners/print\n\nSitemap: {site.Absolute("/sitemap.xml")}\n",
        "text/plain; charset=utf-8");
}
