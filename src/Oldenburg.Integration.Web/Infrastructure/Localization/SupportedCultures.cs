using System.Globalization;

namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>
/// The languages the public site speaks. German is the source and the default. Adding a language is one
/// entry in <see cref="Languages"/> plus its resource files (docs/languages.md).
/// </summary>
public static class SupportedCultures
{
    public const string Default = "de";

    /// <summary>In the switcher's order: German, English, then Oldenburg's largest immigrant languages.</summary>
    private static readonly (string Name, string NativeName)[] Languages =
    [
        ("de", "Deutsch"),
        ("en", "English"),
        ("ar", "العربية"),
        ("tr", "Türkçe"),
        ("ru", "Русский"),
        ("uk", "Українська"),
        ("fa", "فارسی"),
        ("pl", "Polski"),
    ];

    public static readonly IReadOnlyList<string> Names = [.. Languages.Select(l => l.Name)];

    public static readonly IReadOnlyList<CultureInfo> All = [.. Names.Select(Create)];

    private static readonly Dictionary<string, CultureInfo> ByName = All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static bool IsSupported(string? name) =>
        name is not null && ByName.ContainsKey(name);

    public static bool IsRightToLeft(string name) => Get(name).TextInfo.IsRightToLeft;

    /// <summary>The site's culture object for a language: the one the request runs in, with the site's calendar.</summary>
    public static CultureInfo Get(string name) => ByName.TryGetValue(name, out var culture) ? culture : CultureInfo.GetCultureInfo(name);

    /// <summary>The language's own name, so a reader finds it without knowing the current one.</summary>
    public static string NativeName(string name) =>
        Array.Find(Languages, l => l.Name == name).NativeName ?? CultureInfo.GetCultureInfo(name).NativeName;

    // Every date on the site is a date in Oldenburg: an appointment or an event. Readers of Persian would
    // otherwise get the solar Hijri calendar, which is the culture's default, and a date that does not
    // match the letter from the office. Month names stay in the reader's language.
    private static CultureInfo Create(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        if (culture.DateTimeFormat.Calendar is GregorianCalendar)
        {
            return culture;
        }

        var gregorian = (CultureInfo)culture.Clone();
        gregorian.DateTimeFormat.Calendar = new GregorianCalendar();
        return CultureInfo.ReadOnly(gregorian);
    }
}
