using System.Text.Json;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>The first content, read from the embedded seed-content.json (German source and the other seven languages).</summary>
public sealed record SeedContent(SeedOffice Office, IReadOnlyList<SeedOffer> Offers)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static SeedContent Load()
    {
        using var stream = typeof(SeedContent).Assembly.GetManifestResourceStream("Oldenburg.Integration.Web.SeedContent.json")
            ?? throw new InvalidOperationException("The embedded seed content is missing.");
        return JsonSerializer.Deserialize<SeedContent>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded seed content is empty.");
    }
}

public sealed record SeedOffice(
    string Email,
    string Phone,
    string? AlternativePhone,
    string? Fax,
    string Street,
    string? Building,
    string PostalCode,
    string City,
    IReadOnlyDictionary<string, SeedOfficeText> Translations);

public sealed record SeedOfficeText(string Name, string Department, string? OpeningHoursNote, string? Intro, string? AboutHeading, string? About)
{
    public OfficeProfileTranslation ToTranslation(string culture) => new()
    {
        Culture = culture,
        Name = Name,
        Department = Department,
        OpeningHoursNote = OpeningHoursNote,
        Intro = Intro,
        AboutHeading = AboutHeading,
        About = About,
    };
}

public sealed record SeedOffer(string Slug, int SortOrder, IReadOnlyDictionary<string, SeedOfferText> Translations);

public sealed record SeedOfferText(string Title, string Summary, string Body)
{
    public OfferTranslation ToTranslation(string culture) => new() { Culture = culture, Title = Title, Summary = Summary, Body = Body };
}
