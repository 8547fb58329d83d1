using System.Globalization;

namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>The languages the public site speaks. German is the source and the default.</summary>
public static class SupportedCultures
{
    public const string Default = "de";

    public static readonly IReadOnlyList<string> Names = ["de", "en", "ar"];

    public static readonly IReadOnlyList<CultureInfo> All = [.. Names.Select(CultureInfo.GetCultureInfo)];

    public static bool IsSupported(string? name) =>
        name is not null && Names.Contains(name, StringComparer.Ordinal);

    public static bool IsRightToLeft(string name) => CultureInfo.GetCultureInfo(name).TextInfo.IsRightToLeft;

    /// <summary>The language's own name, so a reader finds it without knowing the current one.</summary>
    public static string NativeName(string name) => name switch
    {
        "de" => "Deutsch",
        "en" => "English",
        "ar" => "العربية",
        _ => CultureInfo.GetCultureInfo(name).NativeName,
    };
}
