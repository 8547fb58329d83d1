using System.Globalization;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>Staff read every stored UTC time as Oldenburg time.</summary>
public static class AdminTime
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    public static DateTime ToBerlin(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin);

    public static string Format(DateTime utc) => ToBerlin(utc).ToString("dd.MM.yyyy HH:mm", German);
}
