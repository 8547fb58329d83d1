namespace Oldenburg.Integration.Web.Areas.Admin.Lookups;

/// <summary>One of the lists that classify partners, links and literature, as it appears in admin URLs and headings.</summary>
public sealed record LookupKind(string Slug, string Title, string Singular, string KeyHint, string UsedBy = "Partner-Einträgen")
{
    public const string TypesSlug = "types";
    public const string TopicsSlug = "topics";
    public const string DistrictsSlug = "districts";
    public const string LanguagesSlug = "languages";
    public const string LinkCategoriesSlug = "link-categories";

    public static readonly IReadOnlyList<LookupKind> All =
    [
        new(TypesSlug, "Partnerarten", "Partnerart", "Kleinbuchstaben, Ziffern und Bindestriche, z. B. beratungsstelle."),
        new(TopicsSlug, "Themen", "Thema", "Kleinbuchstaben, Ziffern und Bindestriche, z. B. sprache-und-kurse.", "Partner-Einträgen und Links"),
        new(DistrictsSlug, "Stadtteile", "Stadtteil", "Kleinbuchstaben, Ziffern und Bindestriche, z. B. kreyenbrueck."),
        new(LanguagesSlug, "Sprachen", "Sprache", "Sprachcode nach ISO 639 (zwei oder drei Kleinbuchstaben), z. B. ar, fa, tr."),
        new(LinkCategoriesSlug, "Kategorien für Links und Literatur", "Kategorie", "Kleinbuchstaben, Ziffern und Bindestriche, z. B. behoerden.", "Links und Literaturangaben"),
    ];

    public bool IsLanguage => Slug == LanguagesSlug;

    public static LookupKind? Find(string? slug) => All.FirstOrDefault(k => k.Slug == slug);
}
