using Oldenburg.Integration.Web.Features.Partners;

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

/// <summary>Lookup lists in the reader's language (German where a name is missing), from the directory's cached lists.</summary>
public sealed class SuggestionLookups(PartnerLookupCache lookups)
{
    public async Task<SuggestionChoices> LoadAsync(string culture, CancellationToken cancellationToken)
    {
        var all = await lookups.ForCultureAsync(culture, cancellationToken);
        return new SuggestionChoices(Options(all.Types), Options(all.Topics), Options(all.Districts), Options(all.Languages));
    }

    private static List<LookupOption> Options(IReadOnlyDictionary<string, Partners.LookupOption> options) =>
        [.. options.Values.Select(o => new LookupOption(o.Key, o.Name))];
}
