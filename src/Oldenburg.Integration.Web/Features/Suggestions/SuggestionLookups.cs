using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Suggestions;

public sealed record LookupOption(string Key, string Name);

/// <summary>The choices of the four lookup lists, named in one language.</summary>
public sealed record SuggestionChoices(
    IReadOnlyList<LookupOption> Types,
    IReadOnlyList<LookupOption> Topics,
    IReadOnlyList<LookupOption> Districts,
    IReadOnlyList<LookupOption> Languages)
{
    public static string? NameOf(IReadOnlyList<LookupOption> options, string? key) =>
        key is null ? null : options.FirstOrDefault(o => o.Key == key)?.Name ?? key;
}

/// <summary>Lookup lists in the reader's language (German where a name is missing).</summary>
public sealed class SuggestionLookups(AppDbContext db)
{
    public async Task<SuggestionChoices> LoadAsync(string culture, CancellationToken cancellationToken)
    {
        var source = ContentTranslation.SourceCulture;
        var types = await db.PartnerTypes.AsNoTracking()
            .Select(l => new RawLookup(l.Key, l.SortOrder, l.Translations.Where(t => t.Culture == culture || t.Culture == source).Select(t => new RawName(t.Culture, t.Name)).ToList()))
            .ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking()
            .Select(l => new RawLookup(l.Key, l.SortOrder, l.Translations.Where(t => t.Culture == culture || t.Culture == source).Select(t => new RawName(t.Culture, t.Name)).ToList()))
            .ToListAsync(cancellationToken);
        var districts = await db.Districts.AsNoTracking()
            .Select(l => new RawLookup(l.Key, l.SortOrder, l.Translations.Where(t => t.Culture == culture || t.Culture == source).Select(t => new RawName(t.Culture, t.Name)).ToList()))
            .ToListAsync(cancellationToken);
        var languages = await db.ServiceLanguages.AsNoTracking()
            .Select(l => new RawLookup(l.Key, l.SortOrder, l.Translations.Where(t => t.Culture == culture || t.Culture == source).Select(t => new RawName(t.Culture, t.Name)).ToList()))
            .ToListAsync(cancellationToken);
        return new SuggestionChoices(Options(types, culture), Options(topics, culture), Options(districts, culture), Options(languages, culture));
    }

    private static List<LookupOption> Options(List<RawLookup> rows, string culture)
    {
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(culture), ignoreCase: true);
        return [.. rows
            .Select(r => (r.SortOrder, Option: new LookupOption(
                r.Key,
                r.Names.FirstOrDefault(n => n.Culture == culture)?.Name
                    ?? r.Names.FirstOrDefault(n => n.Culture == ContentTranslation.SourceCulture)?.Name
                    ?? r.Key)))
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Option.Name, comparer)
            .Select(r => r.Option)];
    }

    private sealed record RawLookup(string Key, int SortOrder, List<RawName> Names);

    private sealed record RawName(string Culture, string Name);
}
