using System.Globalization;
using Oldenburg.Integration.Web.Features.Monitor.Charts;

namespace Oldenburg.Integration.Tests.Unit.Charts;

public class NiceScaleTests
{
    private static readonly decimal[] NiceMantissas = [1m, 2m, 2.5m, 5m];

    [Theory]
    [InlineData("0", "16.2", 5, true, "0", "20", "5")]
    [InlineData("3", "97", 5, false, "0", "100", "20")]
    [InlineData("-13.3", "22.8", 5, true, "-20", "30", "10")]
    [InlineData("0.12", "0.87", 4, false, "0", "1", "0.25")]
    [InlineData("12000", "15200", 5, false, "12000", "16000", "1000")]
    [InlineData("101", "104", 5, false, "101", "104", "1")]
    [InlineData("-5", "-1", 5, true, "-5", "0", "1")]
    [InlineData("7", "7", 5, false, "0", "8", "2")]
    [InlineData("-3", "-3", 5, false, "-3", "0", "1")]
    [InlineData("0", "0", 5, true, "0", "1", "0.2")]
    public void For_Range_PicksNiceEndsAndStep(string min, string max, int intervals, bool zero, string lo, string hi, string step)
    {
        var scale = NiceScale.For(decimal.Parse(min, CultureInfo.InvariantCulture), decimal.Parse(max, CultureInfo.InvariantCulture), intervals, zero);

        Assert.Equal((decimal.Parse(lo, CultureInfo.InvariantCulture), decimal.Parse(hi, CultureInfo.InvariantCulture), decimal.Parse(step, CultureInfo.InvariantCulture)),
            (scale.Min, scale.Max, scale.Step));
    }

    [Fact]
    public void For_ManyRanges_CoversDataWithOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen()
    {
        var random = new Random(12);
        for (var i = 0; i < 500; i++)
        {
            var a = (decimal)Math.Round((random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-2, 6)), 2);
            var b = a + (decimal)Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-1, 5)), 2);
            var intervals = random.Next(2, 7);

            var scale = NiceScale.For(a, b, intervals, includeZero: false);

            Assert.True(scale.Min <= a && scale.Max >= b, $"{a}..{b} not inside {scale}");
            Assert.InRange(scale.Ticks.Count - 1, 1, intervals);
            var mantissa = scale.Step / (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)scale.Step)));
            Assert.Contains(decimal.Round(mantissa, 6), NiceMantissas);
        }
    }

    [Fact]
    public void Ticks_QuarterSteps_AreExactDecimalsWithTwoPlaces()
    {
        var scale = NiceScale.For(0.12m, 0.87m, 4, includeZero: false);

        Assert.Equal([0m, 0.25m, 0.5m, 0.75m, 1m], scale.Ticks);
        Assert.Equal(2, scale.TickDecimals);
        Assert.Equal(1, new NiceScale(0m, 10m, 2.5m).TickDecimals);
        Assert.Equal(0, new NiceScale(0m, 100m, 20m).TickDecimals);
    }

    [Fact]
    public void Map_LinearScale_PutsDomainEndsOnRangeEndsAndMidpointBetween()
    {
        var scale = LinearScale.From(new NiceScale(-10m, 30m, 10m), 200, 0);

        Assert.Equal(200, scale.Map(-10m), 6);
        Assert.Equal(0, scale.Map(30m), 6);
        Assert.Equal(150, scale.Map(0m), 6);
        Assert.Equal(100, scale.Map(10m), 6);
    }
}
