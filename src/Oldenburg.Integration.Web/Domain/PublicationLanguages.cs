namespace Oldenburg.Integration.Web.Domain;

/// <summary>A language a publication can be written in, named in its own script.</summary>
public sealed record PublicationLanguage(string Code, string NativeName, bool IsRightToLeft);

/// <summary>
/// The languages of publications: the codes of the directory's service languages, with names
/// written as their speakers write them, so a reader finds their language without knowing German.
/// </summary>
public static class PublicationLanguages
{
    public static readonly IReadOnlyList<PublicationLanguage> All =
    [
        new("de", "Deutsch", false),
        new("en", "English", false),
        new("ar", "العربية", true),
        new("fa", "فارسی", true),
        new("prs", "دری", true),
        new("ps", "پښتو", true),
        new("tr", "Türkçe", false),
        new("ku", "Kurdî", false),
        new("ru", "Русский", false),
        new("uk", "Українська", false),
        new("ti", "ትግርኛ", false),
        new("so", "Soomaali", false),
        new("fr", "Français", false),
        new("pl", "Polski", false),
        new("ro", "Română", false),
        new("bg", "Български", false),
        new("hu", "Magyar", false),
    ];

    private static readonly Dictionary<string, PublicationLanguage> s_byCode = All.ToDictionary(l => l.Code, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && s_byCode.ContainsKey(code);

    public static PublicationLanguage? Find(string? code) => code is not null && s_byCode.TryGetValue(code, out var language) ? language : null;

    public static string NativeName(string code) => Find(code)?.NativeName ?? code;

    public static string Direction(string code) => Find(code)?.IsRightToLeft == true ? "rtl" : "ltr";
}

/// <summary>Who a publication is written for; the keys appear in open data, the names in the resources.</summary>
public static class PublicationAudiences
{
    public const string Everyone = "everyone";
    public const string Newcomers = "newcomers";
    public const string Parents = "parents";
    public const string Professionals = "professionals";

    public static readonly IReadOnlyList<string> All = [Everyone, Newcomers, Parents, Professionals];

    /// <summary>The staff form's German labels.</summary>
    public static string GermanLabel(string key) => key switch
    {
        Newcomers => "Neu Zugewanderte",
        Parents => "Eltern und Familien",
        Professionals => "Fachkräfte und Ehrenamtliche",
        _ => "Alle",
    };
}
