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

    public static SeedPages Load()
    {
        using var stream = typeof(SeedPages).Assembly.GetManifestResourceStream("Oldenburg.Integration.Web.PagesSeed.json")
            ?? throw new InvalidOperationException("The embedded pages seed is missing.");
        return JsonSerializer.Deserialize<SeedPages>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded pages seed is empty.");
    }
}

public sealed record SeedPage(string Slug, int? FooterOrder, IReadOnlyDictionary<string, SeedPageText> Translations);

public sealed record SeedPageText(string Title, string Body);
