using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>
/// The four lookup lists in one language, read once per instance and kept until staff change a list
/// (<see cref="CacheTags.Lookups"/>). Every public page that names topics, types, languages or districts
/// reads them here, so a directory request costs no lookup query at all.
/// </summary>
public sealed class PartnerLookupCache(AppDbContext db, TaggedMemoryCache cache)
{
    // Eviction keeps the lists current; the lifetime only bounds what a missed eviction could cost.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    public Task<PartnerLookups> ForCultureAsync(string culture, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync("lookups:" + culture, [CacheTags.Lookups], Lifetime, token => LoadAsync(culture, token), cancellationToken);

    private async Task<PartnerLookups> LoadAsync(string culture, CancellationToken cancellationToken)
    {
        var source = ContentTranslation.SourceCulture;
        var types = await db.PartnerTypes.AsNoTracking()
            .Select(l => new LookupRow(l.Id, l.Key, l.SortOrder, l.Translations.Where(t => t.Culture == culture || t.Culture == source).Select(t => new LookupText(t.Culture, t.Name)).ToList()))
            .ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking()
            .Select(l => new LookupRow(l.Id, l.Key, l.SortOrder, l.Translations.Where(t => t.Culture == culture || t.Culture == source).Select(t => new LookupText(t.Culture, t.Name)).ToList()))
            .ToListAsync(cancellationToken);
        var languages = await db.ServiceLanguages.AsNoTracking()
            .Select(l => new LookupRow(l.Id, l.Key, l.SortOrder, l.Translations.Where(t => t.Culture == culture || t.Culture == source).Select(t => new LookupText(t.Culture, t.Name)).ToList()))
            .ToListAsync(cancellationToken);
        var districts = await db.Districts.AsNoTracking()
            .Select(l => new LookupRow(l.Id, l.Key, l.SortOrder, l.Translations.Where(t => t.Culture == culture || t.Culture == source).Select(t => new LookupText(t.Culture, t.Name)).ToList()))
            .ToListAsync(cancellationToken);
        return new PartnerLookups(Options(types, culture), Options(topics, culture), Options(languages, culture), Options(districts, culture));
    }

    /// <summary>In staff's sort order, equal places by name in the reader's language.</summary>
    private static Dictionary<string, LookupOption> Options(List<LookupRow> rows, string culture)
    {
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(culture), ignoreCase: true);
        var named = rows.Select(row =>
        {
            var text = row.Texts.FirstOrDefault(t => t.Culture == culture) ?? row.Texts.FirstOrDefault(t => t.Culture == ContentTranslation.SourceCulture);
            return (row.SortOrder, Option: new LookupOption(row.Id, row.Key, text?.Name ?? row.Key, text?.Culture ?? ContentTranslation.SourceCulture));
        });

        // Insertion order is kept by Dictionary as long as nothing is removed: the lists stay in sort order.
        var options = new Dictionary<string, LookupOption>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, option) in named.OrderBy(r => r.SortOrder).ThenBy(r => r.Option.Name, comparer).ThenBy(r => r.Option.Id))
        {
            options[option.Key] = option;
        }

        return options;
    }

    private sealed record LookupRow(int Id, string Key, int SortOrder, List<LookupText> Texts);

    private sealed record LookupText(string Culture, string Name);
}
