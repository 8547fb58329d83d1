using System.Globalization;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Monitor;

/// <summary>Numbers with their unit as the reader's culture writes them: "16,2 %" in German, "16.2%" in English.</summary>
public static class MonitorFormat
{
    public const string Percent = "%";

    // A no-break space keeps a number and its unit on one line.
    private const char Space = '\u00A0';

    public static string Value(decimal value, int decimals, string unit, CultureInfo culture)
    {
        var number = LocalDigits.Format(value, "N" + Math.Clamp(decimals, 0, 6).ToString(CultureInfo.InvariantCulture), culture);
        if (unit == Percent)
        {
            return culture.NumberFormat.PercentPositivePattern switch
            {
                0 => $"{number}{Space}%",
                2 => $"%{number}",
                3 => $"%{Space}{number}",
                _ => $"{number}%",
            };
        }

        return unit.Length == 0 ? number : $"{number}{Space}{unit}";
    }

    /// <summary>The value as open data writes it: invariant digits, a dot, no grouping.</summary>
    public static string? Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
