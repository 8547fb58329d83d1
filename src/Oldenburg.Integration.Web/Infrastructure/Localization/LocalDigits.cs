using System.Globalization;

namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>
/// Numbers in the digits the reader's language writes. .NET formats every culture with the digits 0–9;
/// Persian is written with its own (۰–۹), so numbers and dates on Persian pages are shaped here.
/// Arabic pages keep 0–9, as the office's Arabic-speaking readers in Germany mostly read them (ADR 0035).
/// </summary>
public static class LocalDigits
{
    private const char PersianZero = '\u06F0';

    public static bool Shapes(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fa";

    public static string Apply(string text, CultureInfo culture)
    {
        if (!Shapes(culture) || text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '0' and <= '9' ? (char)(PersianZero + (c - '0')) : c;
            }
        });
    }

    public static string Format(IFormattable value, string? format, CultureInfo culture) =>
        Apply(value.ToString(format, culture), culture);

    /// <summary>A count or page number in the current request's language, matching the localized texts around it.</summary>
    public static string Number(int value) => Format(value, null, CultureInfo.CurrentCulture);

    /// <summary>Arguments of a localized text: numbers and dates shaped, everything else (names, queries, addresses) as given.</summary>
    public static object?[] Arguments(object?[] arguments, CultureInfo culture) =>
        !Shapes(culture) ? arguments : [.. arguments.Select(a => a is IFormattable value ? Format(value, null, culture) : a)];
}
