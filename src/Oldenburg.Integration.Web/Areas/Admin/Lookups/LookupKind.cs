namespace Oldenburg.Integration.Web.Areas.Admin.Lookups;

/// <summary>One of the four lists that classify partners, as it appears in admin URLs and headings.</summary>
public sealed record LookupKind(string Slug, string Title, string Singular, string KeyHint)
{
    public const string TypesSlug = "types";
    public const string TopicsSlug = "topics";
    public const string DistrictsSlug = "districts";
    public const string LanguagesSlug = "languages";

    public static readonly IReadOnlyList<LookupKind> All =
    [
        new(TypesSlug, "Partnerarten", "Partnerart", "Kleinbuchstaben, Ziffern und Bindestriche, z. B. beratungsstelle."),
        new(TopicsSlug, "Themen", "Thema", "Kleinbuchstaben, Ziffern und Bindestriche, z. B. sprache-und-kurse."),
        new(DistrictsSlug, "Stadtteile", "Stadtteil", "Kleinbuchstaben, Ziffern und Bindestriche, z. B. kreyenbrueck."),
        new(LanguagesSlug, "Sprachen", "Sprache", "Sprachcode nach ISO 639 (zwei oder drei Kleinbuchstaben), z. B. ar, fa, tr."),
    ];

    public bool IsLanguage => Slug == LanguagesSlug;

    public static LookupKind? Find(string? slug) => All.FirstOrDefault(k => k.Slug == slug);
}
