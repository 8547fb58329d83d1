using System.Globalization;

namespace Oldenburg.Integration.Web.Domain;

/// <summary>An event's times as stored: Berlin wall clock as typed, and the UTC instants derived from it.</summary>
public sealed record EventTimes(DateTime StartLocal, DateTime EndLocal, bool IsAllDay, DateTime StartsAtUtc, DateTime EndsAtUtc)
{
    public const string EndBeforeStartMessage = "Das Ende liegt vor dem Beginn. Bitte prüfen Sie Datum und Uhrzeit des Endes.";

    public const string TimeRequiredMessage = "Bitte geben Sie eine Uhrzeit ein oder wählen Sie „ganztägig“.";

    /// <summary>
    /// The one rule for turning the form's dates and times into stored values. An all-day event
    /// ends after its last day, at the next Berlin midnight. A time the clock skips in spring is
    /// refused (<see cref="BerlinTime"/>). Returns the field and the German message of the first problem.
    /// </summary>
    public static (EventTimes? Times, string? Field, string? Error) Resolve(
        DateOnly startDate, TimeOnly? startTime, DateOnly? endDate, TimeOnly? endTime, bool allDay)
    {
        var lastDate = endDate ?? startDate;
        if (allDay)
        {
            if (lastDate < startDate)
            {
                return (null, "EndDate", EndBeforeStartMessage);
            }

            var first = startDate.ToDateTime(TimeOnly.MinValue);
            var last = lastDate.ToDateTime(TimeOnly.MinValue);

            // Midnight always exists in Berlin: the clock changes at 02:00 and 03:00.
            BerlinTime.TryToUtc(first, out var startUtc);
            BerlinTime.TryToUtc(last.AddDays(1), out var endUtc);
            return (new EventTimes(first, last, true, startUtc!.Value, endUtc!.Value), null, null);
        }

        if (startTime is null)
        {
            return (null, "StartTime", TimeRequiredMessage);
        }

        var start = startDate.ToDateTime(startTime.Value);
        var end = lastDate.ToDateTime(endTime ?? startTime.Value);
        if (!BerlinTime.TryToUtc(start, out var startsAt))
        {
            return (null, "StartTime", BerlinTime.SkippedTimeMessage(start));
        }

        if (!BerlinTime.TryToUtc(end, out var endsAt))
        {
            return (null, "EndTime", BerlinTime.SkippedTimeMessage(end));
        }

        return endsAt < startsAt
            ? (null, endDate is null ? "EndTime" : "EndDate", EndBeforeStartMessage)
            : (new EventTimes(start, end, false, startsAt.Value, endsAt.Value), null, null);
    }

    /// <summary>The UTC offset of a Berlin wall-clock time, for <c>datetime</c> attributes and JSON-LD.</summary>
    public static DateTimeOffset WithOffset(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        BerlinTime.TryToUtc(local, out var utc);
        return new DateTimeOffset(local, utc is { } u ? local - u : BerlinTime.Zone.GetUtcOffset(local));
    }

    /// <summary>ISO 8601 with offset ("2027-03-28T04:00:00+02:00"), or the date alone for all-day events.</summary>
    public static string Iso(DateTime local, bool allDay) => allDay
        ? local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : WithOffset(local).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
