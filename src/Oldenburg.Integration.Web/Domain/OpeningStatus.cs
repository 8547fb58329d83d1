namespace Oldenburg.Integration.Web.Domain;

public enum OpeningState
{
    /// <summary>No usable hours are known (none entered, or appointment only).</summary>
    Unknown = 0,
    OpenNow = 1,
    OpensToday = 2,
    OpensTomorrow = 3,
    OpensOnDay = 4,
}

/// <summary>
/// Whether a place is open at a moment, or when it opens next, from its weekly hours. Hours are
/// wall-clock times in Europe/Berlin, so the moment is converted first: a rule "Monday 09:00"
/// means 09:00 in winter and in summer alike.
/// </summary>
public sealed record OpeningStatus(OpeningState State, DayOfWeek? Day = null, TimeOnly? Time = null)
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static OpeningStatus At(IEnumerable<OpeningHoursRule> rules, DateTimeOffset now) => At(rules, now, Berlin);

    public static OpeningStatus At(IEnumerable<OpeningHoursRule> rules, DateTimeOffset now, TimeZoneInfo zone)
    {
        var valid = rules.Where(r => r.IsValid).ToList();
        if (valid.Count == 0)
        {
            return new OpeningStatus(OpeningState.Unknown);
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = local.DayOfWeek;
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);

        var open = valid.Where(r => r.Day == today && r.Opens <= time && time < r.Closes).OrderByDescending(r => r.Closes).FirstOrDefault();
        if (open is not null)
        {
            return new OpeningStatus(OpeningState.OpenNow, today, open.Closes);
        }

        var laterToday = valid.Where(r => r.Day == today && r.Opens > time).OrderBy(r => r.Opens).FirstOrDefault();
        if (laterToday is not null)
        {
            return new OpeningStatus(OpeningState.OpensToday, today, laterToday.Opens);
        }

        // Up to seven days ahead: the same weekday next week counts when that is the only open day.
        for (var offset = 1; offset <= 7; offset++)
        {
            var day = (DayOfWeek)(((int)today + offset) % 7);
            var first = valid.Where(r => r.Day == day).OrderBy(r => r.Opens).FirstOrDefault();
            if (first is not null)
            {
                return new OpeningStatus(offset == 1 ? OpeningState.OpensTomorrow : OpeningState.OpensOnDay, day, first.Opens);
            }
        }

        return new OpeningStatus(OpeningState.Unknown);
    }
}
