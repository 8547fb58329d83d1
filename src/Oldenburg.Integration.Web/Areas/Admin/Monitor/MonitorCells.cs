using System.Globalization;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Monitor;

/// <summary>Where a value sits within its year: the city, a district or a group.</summary>
public sealed record MonitorCellKey(int? DistrictId, string? Group);

/// <summary>One cell as the grid and the import hand it over: a value, "explicitly missing" or suppressed.</summary>
public sealed record MonitorCellInput(int Year, MonitorCellKey Key, decimal? Value, bool Suppressed);

/// <summary>
/// The cells a year of an indicator must have before it may be published (ADR 0033): every expected
/// cell is stored, as a value, as suppressed, or as explicitly missing ("-").
/// </summary>
public static class MonitorCells
{
    public const string MissingMark = "-";
    public const int FirstYear = 1950;
    public const int LastYear = 2100;

    public static IReadOnlyList<MonitorCellKey> Expected(MonitorBreakdown breakdown, IEnumerable<int> districtIds) => breakdown switch
    {
        MonitorBreakdown.Districts => [new(null, null), .. districtIds.Select(d => new MonitorCellKey(d, null))],
        MonitorBreakdown.Groups => [.. MonitorGroups.All.Select(g => new MonitorCellKey(null, g))],
        _ => [new(null, null)],
    };

    /// <summary>How many expected cells of <paramref name="year"/> are not stored.</summary>
    public static int Gaps(int year, IReadOnlyList<MonitorCellKey> expected, IEnumerable<MonitorValue> values)
    {
        var stored = values.Where(v => v.Year == year).Select(v => new MonitorCellKey(v.DistrictId, v.Group)).ToHashSet();
        return expected.Count(k => !stored.Contains(k));
    }

    /// <summary>
    /// Reads what staff typed: blank is "not entered", "-" explicitly missing, otherwise a number with
    /// a comma or a dot as decimal separator and no thousands separators. Null error means the text is fine.
    /// </summary>
    public static string? Parse(string? text, out decimal? value, out bool blank)
    {
        value = null;
        var trimmed = text?.Trim() ?? "";
        blank = trimmed.Length == 0;
        if (blank || trimmed == MissingMark)
        {
            return null;
        }

        var normalized = trimmed.Replace(',', '.');
        if (normalized.Count(c => c == '.') > 1
            || !decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || Math.Abs(number) >= 100_000_000_000_000m)
        {
            return $"„{trimmed}“ ist keine Zahl. Bitte schreiben Sie z. B. 16,2 – ohne Tausenderpunkte – oder „-“ für „keine Angabe“.";
        }

        value = number;
        return null;
    }
}
