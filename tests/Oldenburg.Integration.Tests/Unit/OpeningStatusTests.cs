using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Unit;

public class OpeningStatusTests
{
    // Monday to Friday 09:00–12:00, Tuesday also 14:00–16:00, in Berlin wall-clock time.
    private static readonly List<OpeningHoursRule> Hours =
    [
        .. Enumerable.Range(1, 5).Select(d => new OpeningHoursRule { Day = (DayOfWeek)d, Opens = new(9, 0), Closes = new(12, 0) }),
        new OpeningHoursRule { Day = DayOfWeek.Tuesday, Opens = new(14, 0), Closes = new(16, 0) },
    ];

    [Fact]
    public void At_WinterMondayMorningInsideHours_IsOpenUntilNoon()
    {
        var status = OpeningStatus.At(Hours, Utc("2026-01-05T09:30:00Z")); // 10:30 CET

        Assert.Equal(new OpeningStatus(OpeningState.OpenNow, DayOfWeek.Monday, new TimeOnly(12, 0)), status);
    }

    [Fact]
    public void At_SummerSameUtcTimeAsWinterBeforeOpening_IsOpenBecauseOfDaylightSaving()
    {
        var winter = OpeningStatus.At(Hours, Utc("2026-01-05T07:30:00Z")); // 08:30 CET
        var summer = OpeningStatus.At(Hours, Utc("2026-07-06T07:30:00Z")); // 09:30 CEST

        Assert.Equal(new OpeningStatus(OpeningState.OpensToday, DayOfWeek.Monday, new TimeOnly(9, 0)), winter);
        Assert.Equal(OpeningState.OpenNow, summer.State);
    }

    [Fact]
    public void At_TuesdayLunchBreak_OpensTodayAtTwo()
    {
        var status = OpeningStatus.At(Hours, Utc("2026-01-06T12:30:00Z")); // 13:30 CET

        Assert.Equal(new OpeningStatus(OpeningState.OpensToday, DayOfWeek.Tuesday, new TimeOnly(14, 0)), status);
    }

    [Fact]
    public void At_WednesdayEvening_OpensTomorrowAtNine()
    {
        var status = OpeningStatus.At(Hours, Utc("2026-01-07T19:00:00Z"));

        Assert.Equal(new OpeningStatus(OpeningState.OpensTomorrow, DayOfWeek.Thursday, new TimeOnly(9, 0)), status);
    }

    [Fact]
    public void At_FridayEvening_OpensMondayAtNine()
    {
        var status = OpeningStatus.At(Hours, Utc("2026-01-09T18:00:00Z"));

        Assert.Equal(new OpeningStatus(OpeningState.OpensOnDay, DayOfWeek.Monday, new TimeOnly(9, 0)), status);
    }

    [Fact]
    public void At_NightOfClockChangeInMarch_UsesSummerTimeAfterTheSwitch()
    {
        var sunday = new List<OpeningHoursRule> { new() { Day = DayOfWeek.Sunday, Opens = new(3, 0), Closes = new(4, 0) } };

        // 29 March 2026, 01:30 UTC is 03:30 CEST (clocks jumped from 02:00 to 03:00).
        Assert.Equal(OpeningState.OpenNow, OpeningStatus.At(sunday, Utc("2026-03-29T01:30:00Z")).State);
        Assert.Equal(OpeningState.OpensToday, OpeningStatus.At(sunday, Utc("2026-03-29T00:30:00Z")).State);
    }

    [Fact]
    public void At_MidnightUtcOnSaturday_IsAlreadySaturdayInBerlin()
    {
        var saturday = new List<OpeningHoursRule> { new() { Day = DayOfWeek.Saturday, Opens = new(0, 30), Closes = new(2, 0) } };

        // Friday 23:45 UTC in summer is Saturday 01:45 in Berlin.
        Assert.Equal(OpeningState.OpenNow, OpeningStatus.At(saturday, Utc("2026-07-10T23:45:00Z")).State);
    }

    [Fact]
    public void At_NoValidRules_IsUnknown()
    {
        var invalid = new List<OpeningHoursRule> { new() { Day = DayOfWeek.Monday, Opens = new(12, 0), Closes = new(9, 0) } };

        Assert.Equal(OpeningState.Unknown, OpeningStatus.At([], Utc("2026-01-05T09:30:00Z")).State);
        Assert.Equal(OpeningState.Unknown, OpeningStatus.At(invalid, Utc("2026-01-05T09:30:00Z")).State);
    }

    private static DateTimeOffset Utc(string value) => DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
