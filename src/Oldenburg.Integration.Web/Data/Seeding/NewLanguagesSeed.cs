using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>
/// Brings a database seeded before the site spoke Turkish, Russian, Ukrainian, Farsi and Polish up to
/// the seed files (ADR 0037): adds the office's, the tasks' (by slug) and the lookups' (by key) texts
/// in those languages where the database has none. Existing texts are never overwritten. A text
/// staff deleted looks the same as one never seeded and is added again; the step runs once per
/// database, so that happens at most once. Added translations have no review mark, so the public
/// pages show them as not yet reviewed.
/// </summary>
public static class NewLanguagesSeed
{
    public static readonly IReadOnlyList<string> Cultures = ["tr", "ru", "uk", "fa", "pl"];

    /// <summary>Adds the missing texts to the context without saving; returns how many.</summary>
    public static async Task<int> AddMissingAsync(AppDbContext db, IReadOnlyList<SeedLookup> linkCategories, CancellationToken cancellationToken)
    {
        var content = SeedContent.Load();
        var added = 0;

        if (await db.OfficeProfiles.Include(p => p.Translations).SingleOrDefaultAsync(cancellationToken) is { } office)
        {
            foreach (var (culture, text) in Missing(content.Office.Translations, office.Translations.Select(t => t.Culture)))
            {
                office.Translations.Add(text.ToTranslation(culture));
                added++;
            }
        }

        var offers = await db.Offers.Include(o => o.Translations).ToDictionaryAsync(o => o.Slug, StringComparer.Ordinal, cancellationToken);
        foreach (var seed in content.Offers)
        {
            if (offers.TryGetValue(seed.Slug, out var offer))
            {
                foreach (var (culture, text) in Missing(seed.Translations, offer.Translations.Select(t => t.Culture)))
                {
                    offer.Translations.Add(text.ToTranslation(culture));
                    added++;
                }
            }
        }

        var partners = PartnerSeed.Load();
        added += await LookupsAsync(db.PartnerTypes.Include(l => l.Translations), l => l.Translations, partners.Types, cancellationToken);
        added += await LookupsAsync(db.Topics.Include(l => l.Translations), l => l.Translations, partners.Topics, cancellationToken);
        added += await LookupsAsync(db.Districts.Include(l => l.Translations), l => l.Translations, partners.Districts, cancellationToken);
        added += await LookupsAsync(db.ServiceLanguages.Include(l => l.Translations), l => l.Translations, partners.Languages, cancellationToken);
        added += await LookupsAsync(db.LinkCategories.Include(l => l.Translations), l => l.Translations, linkCategories, cancellationToken);
        return added;
    }

    private static async Task<int> LookupsAsync<TLookup, TText>(
        IQueryable<TLookup> stored, Func<TLookup, ICollection<TText>> translations, IReadOnlyList<SeedLookup> seed, CancellationToken cancellationToken)
        where TLookup : LookupItem
        where TText : LookupTranslation, new()
    {
        var byKey = await stored.ToDictionaryAsync(l => l.Key, StringComparer.Ordinal, cancellationToken);
        var added = 0;
        foreach (var item in seed)
        {
            if (byKey.TryGetValue(item.Key, out var lookup))
            {
                var texts = translations(lookup);
                foreach (var (culture, name) in Missing(item.Names, texts.Select(t => t.Culture)))
                {
                    texts.Add(new TText { Culture = culture, Name = name });
                    added++;
                }
            }
        }

        return added;
    }

    private static IEnumerable<KeyValuePair<string, T>> Missing<T>(IReadOnlyDictionary<string, T> seed, IEnumerable<string> present)
    {
        var have = present.ToHashSet(StringComparer.Ordinal);
        return seed.Where(t => Cultures.Contains(t.Key) && !have.Contains(t.Key));
    }
}
