using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Unit;

public class BerlinTimeTests
{
    [Fact]
    public void TryToUtc_SpringForwardGap_IsRefusedWithGermanMessage()
    {
        var local = new DateTime(2026, 3, 29, 2, 30, 0);

        Assert.False(BerlinTime.TryToUtc(local, out var utc));
        Assert.Null(utc);
        Assert.Contains("29. März 2026", BerlinTime.SkippedTimeMessage(local), StringComparison.Ordinal);
        Assert.Contains("02:30 Uhr gibt es an diesem Tag nicht", BerlinTime.SkippedTimeMessage(local), StringComparison.Ordinal);
    }

    [Fact]
    public void TryToUtc_AutumnRepeatedHour_TakesFirstOccurrenceInSummerTime()
    {
        Assert.True(BerlinTime.TryToUtc(new DateTime(2026, 10, 25, 2, 30, 0), out var utc));

        Assert.Equal(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Value.Kind);
    }

    [Theory]
    [InlineData(2026, 1, 15, 10, 0, 9)]
    [InlineData(2026, 7, 15, 10, 0, 8)]
    [InlineData(2026, 3, 29, 3, 0, 1)]
    [InlineData(2026, 10, 25, 3, 0, 2)]
    public void TryToUtc_OrdinaryTimes_UseWinterOrSummerOffset(int year, int month, int day, int hour, int minute, int utcHour)
    {
        Assert.True(BerlinTime.TryToUtc(new DateTime(year, month, day, hour, minute, 0), out var utc));

        Assert.Equal(new DateTime(year, month, day, utcHour, minute, 0, DateTimeKind.Utc), utc);
        Assert.Equal(new DateTime(year, month, day, hour, minute, 0), BerlinTime.ToLocal(utc.Value));
    }

    [Fact]
    public void Format_UtcTime_ShowsBerlinWallClock()
    {
        Assert.Equal("25.10.2026, 02:30 Uhr", BerlinTime.Format(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc)));
    }
}
