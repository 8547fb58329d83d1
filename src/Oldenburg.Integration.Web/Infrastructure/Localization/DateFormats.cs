using System.Globalization;

namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>Dates are written with the month's name: "11/26/2026" is ambiguous to readers from outside the US.</summary>
public static class DateFormats
{
    public static string WithMonthName(DateTime date, CultureInfo culture) =>
        date.ToString(culture.TwoLetterISOLanguageName == "de" ? "d. MMMM yyyy" : "d MMMM yyyy", culture);

    public static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
