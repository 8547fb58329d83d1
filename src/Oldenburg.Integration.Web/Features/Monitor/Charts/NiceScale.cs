namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>
/// A value axis whose ends and steps are "nice" numbers (1, 2, 2.5 or 5 times a power of ten), so
/// readers can interpolate between gridlines. Works in decimal so that 0.1 + 0.2 ticks print as 0.3.
/// </summary>
public sealed record NiceScale(decimal Min, decimal Max, decimal Step)
{
    private static readonly decimal[] Multipliers = [1m, 2m, 2.5m, 5m];

    public IReadOnlyList<decimal> Ticks
    {
        get
        {
            var ticks = new List<decimal>();
            for (var t = Min; t <= Max; t += Step)
            {
                ticks.Add(t == 0m ? 0m : t); // never "-0"
            }
            return ticks;
        }
    }

    /// <summary>Decimals a tick label needs: 2.5 needs one, 0.25 two, 50 none.</summary>
    public int TickDecimals => Math.Max(0, (int)((decimal.GetBits(Step / 1.000000000000000000000000000m)[3] >> 16) & 0xFF));

    /// <summary>
    /// The smallest nice step that covers [min, max] in at most <paramref name="maxIntervals"/> intervals.
    /// Equal ends (one point, or a flat series) are widened to zero so the point sits on a real axis.
    /// </summary>
    public static NiceScale For(decimal min, decimal max, int maxIntervals, bool includeZero)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIntervals, 1);
        if (min > max)
        {
            (min, max) = (max, min);
        }
        if (includeZero || min == max)
        {
            min = Math.Min(min, 0m);
            max = Math.Max(max, 0m);
        }
        if (min == max)
        {
            max = 1m;
        }

        var step = FirstCandidate(max - min, maxIntervals);
        for (var i = 0; ; i++)
        {
            var candidate = Multipliers[i % 4] * step * Pow10(i / 4);
            var low = Math.Floor(min / candidate) * candidate;
            var high = Math.Ceiling(max / candidate) * candidate;
            if ((high - low) / candidate <= maxIntervals)
            {
                return new NiceScale(Normalise(low), Normalise(high), Normalise(candidate));
            }
        }
    }

    /// <summary>A power of ten just below range / intervals, from which the search walks upwards.</summary>
    private static decimal FirstCandidate(decimal range, int maxIntervals)
    {
        var exponent = (int)Math.Floor(Math.Log10((double)(range / maxIntervals))) - 1;
        return exponent >= 0 ? Pow10(exponent) : 1m / Pow10(Math.Min(-exponent, 27));
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }
        return result;
    }

    // Drops trailing zeros ("20.00" -> "20") so labels and decimals follow the value, not the arithmetic.
    private static decimal Normalise(decimal value) => value / 1.000000000000000000000000000m;
}
