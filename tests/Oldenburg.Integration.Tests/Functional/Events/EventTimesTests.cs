using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Events;

public class EventTimesTests
{
    [Fact]
    public void Resolve_NightAcrossSpringClockChange_HasTheRightInstantsAndFiveHours()
    {
        var (times, _, error) = EventTimes.Resolve(new DateOnly(2027, 3, 27), new TimeOnly(22, 0), new DateOnly(2027, 3, 28), new TimeOnly(4, 0), allDay: false);

        Assert.Null(error);
        Assert.Equal(new DateTime(2027, 3, 27, 21, 0, 0, DateTimeKind.Utc), times!.StartsAtUtc);
        Assert.Equal(new DateTime(2027, 3, 28, 2, 0, 0, DateTimeKind.Utc), times.EndsAtUtc);
        Assert.Equal(TimeSpan.FromHours(5), times.EndsAtUtc - times.StartsAtUtc);
        Assert.Equal("2027-03-27T22:00:00+01:00", EventTimes.Iso(times.StartLocal, false));
        Assert.Equal("2027-03-28T04:00:00+02:00", EventTimes.Iso(times.EndLocal, false));
    }

    [Fact]
    public void Resolve_EndBeforeStart_RefusesWithGermanMessage()
    {
        var (times, field, error) = EventTimes.Resolve(new DateOnly(2027, 5, 2), new TimeOnly(18, 0), new DateOnly(2027, 5, 1), new TimeOnly(20, 0), allDay: false);

        Assert.Null(times);
        Assert.Equal("EndDate", field);
        Assert.Equal(EventTimes.EndBeforeStartMessage, error);
    }

    [Fact]
    public void Resolve_TimeInTheSkippedHour_IsRefused()
    {
        var (times, field, error) = EventTimes.Resolve(new DateOnly(2027, 3, 28), new TimeOnly(2, 30), null, new TimeOnly(4, 0), allDay: false);

        Assert.Null(times);
        Assert.Equal("StartTime", field);
        Assert.Contains("gibt es an diesem Tag nicht", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_AllDayOverTheClockChange_EndsAtTheBerlinMidnightAfterTheLastDay()
    {
        var (times, _, _) = EventTimes.Resolve(new DateOnly(2027, 3, 27), null, new DateOnly(2027, 3, 28), null, allDay: true);

        Assert.Equal(new DateTime(2027, 3, 26, 23, 0, 0, DateTimeKind.Utc), times!.StartsAtUtc);
        Assert.Equal(new DateTime(2027, 3, 28, 22, 0, 0, DateTimeKind.Utc), times.EndsAtUtc);
        Assert.Equal("2027-03-28", EventTimes.Iso(times.EndLocal, true));
    }
}
