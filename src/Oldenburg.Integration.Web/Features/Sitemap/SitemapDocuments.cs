using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.EasyRead;
using Oldenburg.Integration.Web.Features.News;
using Oldenburg.Integration.Web.Features.Partners;
using Oldenburg.Integration.Web.Features.Publications;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Sitemap;

/// <summary>Sitemap:UrlsPerFile, only ever lowered (tests prove the split with a small number).</summary>
public sealed class SitemapOptions
{
    public const string Section = "Sitemap";

    public int UrlsPerFile { get; set; } = SitemapDocuments.MaxUrlsPerFile;
}

/// <summary>
/// Builds the sitemap index and its files once and keeps them for a few minutes, because a large
/// directory makes a document of many megabytes. Every public content change evicts them, on every
/// instance (<see cref="PublicCache"/>).
/// </summary>
public sealed class SitemapDocuments(AppDbContext db, PartnerQueries partners, PublicationQueries publications, NewsQueries news, Monitor.MonitorQueries monitor, SiteAddress site, TaggedMemoryCache cache, IOptions<SitemapOptions> options)
{
    /// <summary>The protocol allows 50,000 URLs per file; staying below leaves room for the language alternates' size.</summary>
    public const int MaxUrlsPerFile = 40_000;

    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private static readonly string[] Tags = ["offers", "pages", "partners", "publications", "news", "events", "links", "literature", "monitor"];

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static string FilePath(int number) => $"/sitemap-{number}.xml";

    /// <summary>Index 0 is the sitemap index; 1..n are the files it names.</summary>
    public Task<IReadOnlyList<byte[]>> GetAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync("sitemap-documents", Tags, CacheFor, BuildAsync, cancellationToken);

    private async Task<IReadOnlyList<byte[]>> BuildAsync(CancellationToken cancellationToken)
    {
        var pages = new List<(string Path, DateTime? Modified)>
        {
            ("", null), ("/offers", null), ("/contact", null), ("/partners", null), ("/publications", null), ("/news", null), ("/events", null), ("/events/archive", null), ("/links", null), ("/concept", null), ("/monitor", null),
        };

        var offers = await db.Offers.AsNoTracking().Where(o => o.State == PublishState.Published).OrderBy(o => o.SortOrder)
            .Select(o => new { o.Slug, o.UpdatedAt }).ToListAsync(cancellationToken);
        pages.AddRange(offers.Select(o => ("/offers/" + o.Slug, (DateTime?)o.UpdatedAt)));
        var standing = await db.Pages.AsNoTracking().Where(p => p.State == PublishState.Published && !p.EasyRead).OrderBy(p => p.Slug)
            .Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(cancellationToken);
        pages.AddRange(standing.Select(p => ("/pages/" + p.Slug, (DateTime?)p.UpdatedAt)));
        pages.AddRange((await partners.PublishedSlugsAsync(cancellationToken)).Select(p => ("/partners/" + p.Slug, (DateTime?)p.UpdatedAt)));
        pages.AddRange((await publications.PublishedSlugsAsync(cancellationToken)).Select(p => ("/publications/" + p.Slug, (DateTime?)p.UpdatedAt)));
        pages.AddRange((await news.PublishedSlugsAsync(cancellationToken)).Select(n => ("/news/" + n.Slug, (DateTime?)n.UpdatedAt)));

        foreach (var (slug, updatedAt, hasDistricts) in await monitor.PublishedSlugsAsync(cancellationToken))
        {
            pages.Add(("/monitor/" + slug, updatedAt));
            if (hasDistricts)
            {
                pages.Add(($"/monitor/{slug}/districts", updatedAt));
            }
        }

        // Past events keep their pages (the archive links them), so every published event is listed.
        var events = await db.Events.AsNoTracking().Where(e => e.State == PublishState.Published).OrderBy(e => e.Slug)
            .Select(e => new { e.Slug, e.UpdatedAt }).ToListAsync(cancellationToken);
        pages.AddRange(events.Select(e => ("/events/" + e.Slug, (DateTime?)e.UpdatedAt)));

        // Leichte Sprache is German only (ADR 0036): its pages have one address and no alternates.
        var easyRead = await db.Pages.AsNoTracking().Where(p => p.State == PublishState.Published && p.EasyRead).OrderBy(p => p.Slug)
            .Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(cancellationToken);
        var germanOnly = new List<(string Path, DateTime? Modified)> { ("/" + EasyReadPaths.Segment, null) };
        germanOnly.AddRange(easyRead.Select(p => ($"/{EasyReadPaths.Segment}/{p.Slug}", (DateTime?)p.UpdatedAt)));

        var urls = pages.SelectMany(p => SupportedCultures.Names.Select(culture => (p.Path, p.Modified, Culture: culture)))
            .Concat(germanOnly.Select(p => (p.Path, p.Modified, Culture: EasyReadPaths.Culture)));
        var perFile = Math.Clamp(options.Value.UrlsPerFile, 1, MaxUrlsPerFile);
        var files = urls.Chunk(perFile).Select(chunk => Write(xml => UrlSet(xml, chunk))).ToList();
        var index = Write(xml =>
        {
            xml.WriteStartElement("sitemapindex", SitemapNamespace);
            for (var number = 1; number <= files.Count; number++)
            {
                xml.WriteStartElement("sitemap", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, site.Absolute(FilePath(number)));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
        return [index, .. files];
    }

    private void UrlSet(XmlWriter xml, IEnumerable<(string Path, DateTime? Modified, string Culture)> urls)
    {
        xml.WriteStartElement("urlset", SitemapNamespace);
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var (path, modified, culture) in urls)
        {
            xml.WriteStartElement("url", SitemapNamespace);
            xml.WriteElementString("loc", SitemapNamespace, site.Absolute($"/{culture}{path}"));
            if (modified is { } date)
            {
                xml.WriteElementString("lastmod", SitemapNamespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            IEnumerable<string> alternates = EasyReadPaths.IsSectionPath(path) ? [] : SupportedCultures.Names;
            foreach (var alternate in alternates)
            {
                xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("hreflang", alternate);
                xml.WriteAttributeString("href", site.Absolute($"/{alternate}{path}"));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = false, Encoding = new UTF8Encoding(false) }))
        {
            body(xml);
        }

        return output.ToArray();
    }
}
