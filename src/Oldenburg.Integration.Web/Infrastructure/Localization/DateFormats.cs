using System.Globalization;

namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>Dates are written with the month's name: "11/26/2026" is ambiguous to readers from outside the US.</summary>
public static class DateFormats
{
    public static string WithMonthName(DateTime date, CultureInfo culture) =>
        LocalDigits.Format(date, culture.TwoLetterISOLanguageName == "de" ? "d. MMMM yyyy" : "d MMMM yyyy", culture);

    /// <summary>A clock time as the office writes it (14:30), in the reader's digits.</summary>
    public static string Clock(DateTime time, CultureInfo culture) => Clock(TimeOnly.FromDateTime(time), culture);

    public static string Clock(TimeOnly time, CultureInfo culture) => LocalDigits.Apply(time.ToString("HH:mm", CultureInfo.InvariantCulture), culture);

    public static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An opening-hours range, "09:00–12:00", in the reader's digits.</summary>
    public static string Hours(TimeOnly opens, TimeOnly closes, CultureInfo culture) => $"{Clock(opens, culture)}–{Clock(closes, culture)}";
}
