using System.Text.Json;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>
/// The legal notice, privacy statement and accessibility statement, read from the embedded
/// pages-seed.json. Kept apart from seed-content.json because these are seeded into an empty
/// pages table, so installations that already have content get them too.
/// </summary>
public sealed record SeedPages(IReadOnlyList<SeedPage> Pages)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public const string StandingPages = "Oldenburg.Integration.Web.PagesSeed.json";

    /// <summary>The Leichte Sprache section's pages: a seed of their own, so databases that already have pages get them too.</summary>
    public const string EasyReadPages = "Oldenburg.Integration.Web.EasyReadSeed.json";

    public static SeedPages Load(string resource = StandingPages)
    {
        using var stream = typeof(SeedPages).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("The embedded pages seed is missing.");
        return JsonSerializer.Deserialize<SeedPages>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded pages seed is empty.");
    }
}

public sealed record SeedPage(string Slug, int? FooterOrder, IReadOnlyDictionary<string, SeedPageText> Translations, bool EasyRead = false);

public sealed record SeedPageText(string Title, string Body);
