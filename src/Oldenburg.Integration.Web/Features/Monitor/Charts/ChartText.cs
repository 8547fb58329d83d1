using System.Globalization;
using System.Text;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>Numbers in the reader's culture and rough text widths, so labels get room without a font engine.</summary>
public sealed class ChartText(CultureInfo culture, string unit, int decimals)
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>A data value with its unit: "16,2 %" in German, "16.2%" in English, the culture's separators in Arabic.</summary>
    public string Value(decimal value)
    {
        var number = Number(value, Math.Clamp(decimals, 0, 10));
        if (unit.Length == 0)
        {
            return number;
        }
        if (unit == "%")
        {
            var format = culture.NumberFormat;
            return format.PercentPositivePattern switch
            {
                1 => number + format.PercentSymbol,
                2 => format.PercentSymbol + number,
                3 => format.PercentSymbol + NoBreakSpace + number,
                _ => number + NoBreakSpace + format.PercentSymbol,
            };
        }
        return number + NoBreakSpace + unit;
    }

    /// <summary>A tick label: the number alone, the unit is written once on the axis.</summary>
    public string Number(decimal value, int places) => LocalDigits.Format(value, "N" + places.ToString(CultureInfo.InvariantCulture), culture);

    /// <summary>
    /// An upper estimate of a label's width in user units. Fira Sans averages about 0.55 em per character;
    /// wide letters are counted more so long labels never run into their neighbours.
    /// </summary>
    public static double Width(string text, double fontSize)
    {
        var ems = 0d;
        foreach (var c in text)
        {
            ems += c switch
            {
                'W' or 'M' or 'm' or 'w' or '%' => 0.85,
                'i' or 'l' or 'j' or 't' or 'f' or 'I' or '.' or ',' or ' ' or '\u00A0' or '\u066B' or '\u066C' => 0.32,
                >= 'A' and <= 'Z' => 0.68,
                _ => 0.56,
            };
        }
        return ems * fontSize;
    }

    /// <summary>Splits a long name at spaces into lines no wider than <paramref name="maxWidth"/>.</summary>
    public static IReadOnlyList<string> Wrap(string text, double fontSize, double maxWidth)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && Width(line + " " + word, fontSize) > maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }
}
