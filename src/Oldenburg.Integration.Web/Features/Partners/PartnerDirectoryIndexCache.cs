using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>
/// Keeps one <see cref="PartnerDirectoryIndex"/> per instance, and the short descriptions in each other
/// language that a reader asked for, and builds them again after any change to partners (the
/// <c>partners</c> tag, evicted on every instance through the eviction bus) or to the lookup lists,
/// whose deletion removes links.
/// </summary>
public sealed class PartnerDirectoryIndexCache(AppDbContext db, TaggedMemoryCache cache)
{
    /// <summary>The partners' content key, which every write to partners evicts.</summary>
    public const string PartnersTag = PartnerDefinition.ContentKey;

    // Eviction keeps the index current; the lifetime only bounds what a missed eviction could cost.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public Task<PartnerDirectoryIndex> CurrentAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync("partners:directory-index", [PartnersTag, CacheTags.Lookups], Lifetime, LoadAsync, cancellationToken);

    /// <summary>
    /// The short descriptions written in <paramref name="culture"/>, by partner id; empty for German,
    /// which the index holds. Only existing translations are kept, so a language few partners are
    /// translated into costs little memory.
    /// </summary>
    public Task<IReadOnlyDictionary<int, string>> ShortDescriptionsAsync(string culture, CancellationToken cancellationToken) =>
        culture == ContentTranslation.SourceCulture
            ? Task.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string>())
            : cache.GetOrCreateAsync("partners:short-descriptions:" + culture, [PartnersTag], Lifetime, token => ShortDescriptionsOfAsync(culture, token), cancellationToken);

    private async Task<IReadOnlyDictionary<int, string>> ShortDescriptionsOfAsync(string culture, CancellationToken cancellationToken) =>
        await Published().SelectMany(p => p.Translations.Where(t => t.Culture == culture).Select(t => new { t.PartnerId, t.ShortDescription }))
            .ToDictionaryAsync(t => t.PartnerId, t => t.ShortDescription, cancellationToken);

    private IQueryable<Partner> Published() => db.Partners.AsNoTracking().Where(p => p.State == PublishState.Published);

    private async Task<PartnerDirectoryIndex> LoadAsync(CancellationToken cancellationToken)
    {
        var published = Published();
        var topics = await LinksAsync("PartnerTopics", "TopicsId", published, cancellationToken);
        var languages = await LinksAsync("PartnerLanguages", "LanguagesId", published, cancellationToken);
        var source = ContentTranslation.SourceCulture;
        var rows = await published
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Name,
                p.NameSortKey,
                p.SearchText,
                p.PartnerTypeId,
                p.DistrictId,
                p.BarrierFree,
                p.IsSample,
                ShortDescription = p.Translations.Where(t => t.Culture == source).Select(t => t.ShortDescription).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new PartnerDirectoryIndex(rows.Select(r => new PartnerDirectoryIndex.Entry(
            r.Id, r.Slug, r.Name, r.NameSortKey, r.SearchText, r.PartnerTypeId, r.DistrictId,
            IdsOf(topics, r.Id), IdsOf(languages, r.Id), r.BarrierFree, r.IsSample, r.ShortDescription)));
    }

    private static int[] IdsOf(ILookup<int, int> links, int partnerId) => links.Contains(partnerId) ? [.. links[partnerId]] : [];

    private async Task<ILookup<int, int>> LinksAsync(string joinTable, string lookupColumn, IQueryable<Partner> partners, CancellationToken cancellationToken)
    {
        var ids = partners.Select(p => p.Id);
        var links = await db.Set<Dictionary<string, object>>(joinTable)
            .Where(link => ids.Contains(EF.Property<int>(link, "PartnersId")))
            .Select(link => new { Partner = EF.Property<int>(link, "PartnersId"), Lookup = EF.Property<int>(link, lookupColumn) })
            .ToListAsync(cancellationToken);
        return links.ToLookup(l => l.Partner, l => l.Lookup);
    }
}
