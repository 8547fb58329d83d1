using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// Editors think in Oldenburg's wall-clock time; the database stores UTC. One rule for the two
/// days a year on which the wall clock jumps:
/// <list type="bullet">
/// <item>spring (02:00 → 03:00): a time in the missing hour is refused, because moving it silently
/// would publish at a time nobody typed;</item>
/// <item>autumn (03:00 → 02:00): a time in the hour that occurs twice means its first occurrence
/// (summer time, UTC+2), the one that comes first on the editor's clock.</item>
/// </list>
/// </summary>
public static class BerlinTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant of a Berlin wall-clock time; false when the clock skips that time.</summary>
    public static bool TryToUtc(DateTime local, [NotNullWhen(true)] out DateTime? utc)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            utc = null;
            return false;
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        utc = DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        return true;
    }

    /// <summary>Why <see cref="TryToUtc"/> refused <paramref name="local"/>, in the editors' words.</summary>
    public static string SkippedTimeMessage(DateTime local) => string.Format(
        CultureInfo.GetCultureInfo("de-DE"),
        "Am {0:d. MMMM yyyy} wird die Uhr von 2:00 auf 3:00 Uhr (Sommerzeit) vorgestellt; {0:HH:mm} Uhr gibt es an diesem Tag nicht. Bitte wählen Sie eine andere Uhrzeit, z. B. 3:00 Uhr.",
        local);

    /// <summary>For display: "29.03.2026, 03:30 Uhr".</summary>
    public static string Format(DateTime utc) =>
        ToLocal(utc).ToString("dd.MM.yyyy, HH:mm 'Uhr'", CultureInfo.GetCultureInfo("de-DE"));
}
