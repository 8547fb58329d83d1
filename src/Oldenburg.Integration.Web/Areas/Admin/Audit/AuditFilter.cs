using System.Globalization;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Audit;

/// <summary>
/// The log's GET filter, parsed once. Dates are calendar days in Europe/Berlin; input that cannot
/// be read is dropped with a German message instead of failing the page.
/// </summary>
public sealed record AuditFilter(string? Actor, string? Type, string? Action, DateOnly? From, DateOnly? To, int Page, IReadOnlyList<string> Problems)
{
    public const int PageSize = 50;
    private const int MaxTextLength = 256;

    public static AuditFilter Parse(string? actor, string? type, string? action, string? from, string? to, string? page)
    {
        var problems = new List<string>();
        var fromDate = ParseDate(from, "Von", problems);
        var toDate = ParseDate(to, "Bis", problems);
        if (fromDate is { } f && toDate is { } t && f > t)
        {
            problems.Add("Das Datum „Von“ liegt nach dem Datum „Bis“. Bitte tauschen Sie die beiden Daten.");
            fromDate = toDate = null;
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            problems.Add("Die Seitenzahl ist ungültig; es wird die erste Seite gezeigt.");
            pageNumber = 1;
        }

        return new AuditFilter(Text(actor), Text(type), Text(action), fromDate, toDate, pageNumber, problems);
    }

    /// <summary>The first moment of <see cref="From"/> in Berlin, as UTC.</summary>
    public DateTime? FromUtc => From is { } day ? BerlinMidnightUtc(day) : null;

    /// <summary>The first moment after <see cref="To"/> in Berlin, as UTC (exclusive).</summary>
    public DateTime? ToUtcExclusive => To is { } day ? BerlinMidnightUtc(day.AddDays(1)) : null;

    public static string DateValue(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    // Midnight always exists in Berlin: the clocks change at 02:00 and 03:00.
    private static DateTime BerlinMidnightUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), OpeningStatus.Berlin);

    private static DateOnly? ParseDate(string? value, string label, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // <input type=date> sends yyyy-MM-dd; a browser without it lets people type the German form.
        string[] formats = ["yyyy-MM-dd", "d.M.yyyy"];
        if (DateOnly.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 2000)
        {
            return day;
        }

        problems.Add($"Das Datum „{label}“ ist ungültig. Bitte geben Sie es als TT.MM.JJJJ ein, z. B. 31.01.2026.");
        return null;
    }

    private static string? Text(string? value)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length > MaxTextLength ? text[..MaxTextLength] : text;
    }
}
