using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Partners;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Sitemap;

/// <summary>
/// /sitemap.xml lists every public page once per language, each with its language alternates, so
/// search engines show a reader the page in their language. Drafts never appear.
/// </summary>
public sealed class SitemapController(AppDbContext db, PartnerQueries partners) : Controller
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    [HttpGet("sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var pages = new List<(string Path, DateTime? Modified)> { ("", null), ("/offers", null), ("/contact", null), ("/partners", null) };
        var offers = await db.Offers.AsNoTracking().Where(o => o.State == PublishState.Published).OrderBy(o => o.SortOrder)
            .Select(o => new { o.Slug, o.UpdatedAt }).ToListAsync(cancellationToken);
        pages.AddRange(offers.Select(o => ("/offers/" + o.Slug, (DateTime?)o.UpdatedAt)));
        pages.AddRange((await partners.PublishedSlugsAsync(cancellationToken)).Select(p => ("/partners/" + p.Slug, (DateTime?)p.UpdatedAt)));

        var site = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = false, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var (path, modified) in pages)
            {
                foreach (var culture in SupportedCultures.Names)
                {
                    xml.WriteStartElement("url", SitemapNamespace);
                    xml.WriteElementString("loc", SitemapNamespace, $"{site}/{culture}{path}");
                    if (modified is { } date)
                    {
                        xml.WriteElementString("lastmod", SitemapNamespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    }

                    foreach (var alternate in SupportedCultures.Names)
                    {
                        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", alternate);
                        xml.WriteAttributeString("href", $"{site}/{alternate}{path}");
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        return File(output.ToArray(), "application/xml; charset=utf-8");
    }

    [HttpGet("robots.txt")]
    public IActionResult Robots() => Content(
        $"User-agent: *\nDisallow: /admin\nDisallow: /*/partners/print\n\nSitemap: {Request.Scheme}://{Request.Host}{Request.PathBase}/sitemap.xml\n",
        "text/plain; charset=utf-8");
}
