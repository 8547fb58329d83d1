using Microsoft.Extensions.Caching.Memory;
using Oldenburg.Integration.Web.Features.Contact;
using Oldenburg.Integration.Web.Features.Pages;
using Oldenburg.Integration.Web.Features.Sitemap;

namespace Oldenburg.Integration.Web.Features.Shared;

/// <summary>
/// Everything the public site caches from content. Whatever changes what the public sees (a save,
/// a publish, the scheduler) evicts it all: a few cheap queries are refilled, and no reader sees a
/// withdrawn item for the caches' lifetime.
/// </summary>
public sealed class PublicContentCache(IMemoryCache cache, PageQueries pages, OfficeQueries office)
{
    public void EvictAll()
    {
        SitemapDocuments.Evict(cache);
        pages.InvalidateFooter();
        office.Invalidate();
    }
}
