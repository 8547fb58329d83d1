using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Partners;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Search.Sources;

/// <summary>
/// Partners, found in the directory's own in-memory index (ADR 0023) with its rule and order, so the
/// count here is the count the directory shows for the same words, and "show all" leads there.
/// The directory searches every language of a partner's texts; the search keeps that rather than
/// finding fewer partners here than on the directory page.
/// </summary>
public sealed class PartnerSearchSource(PartnerDirectoryIndexCache directory, IStringLocalizer<SearchResource> localizer) : ISiteSearchSource
{
    public string Key => "partners";

    public string Label => localizer["Group.Partners"];

    public int Order => 20;

    public IReadOnlyCollection<string> Tags => [PartnerDirectoryIndexCache.PartnersTag, CacheTags.Lookups];

    public async Task<SiteSearchGroup> SearchAsync(SiteSearchQuery query, int limit, CancellationToken cancellationToken)
    {
        var index = await directory.CurrentAsync(cancellationToken);
        var matches = index.Find(new PartnerDirectoryIndex.Criteria(query.Terms, [], [], [], [], false));
        if (matches.Total == 0)
        {
            return SiteSearchGroup.None;
        }

        var texts = await directory.ShortDescriptionsAsync(query.Culture, cancellationToken);
        var hits = matches.PageIds(0, limit).Select(id => index[id]).OfType<PartnerDirectoryIndex.Entry>().Select(e =>
            texts.TryGetValue(e.Id, out var text)
                ? new SiteSearchHit($"/{query.Culture}/partners/{e.Slug}", e.Name, text, query.Culture)
                : new SiteSearchHit($"/{query.Culture}/partners/{e.Slug}", e.Name, e.ShortDescription ?? "", ContentTranslation.SourceCulture));
        var all = $"/{query.Culture}/partners" + (PartnerFilter.Empty with { Query = query.Text }).ToQueryString();
        return new SiteSearchGroup(matches.Total, [.. hits], all);
    }
}
