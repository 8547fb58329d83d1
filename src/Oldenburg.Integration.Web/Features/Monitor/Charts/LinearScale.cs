namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>Maps a value of the domain onto a coordinate between two ends of the drawing (either may be larger).</summary>
public readonly record struct LinearScale(decimal DomainMin, decimal DomainMax, double RangeStart, double RangeEnd)
{
    public static LinearScale From(NiceScale scale, double rangeStart, double rangeEnd) =>
        new(scale.Min, scale.Max, rangeStart, rangeEnd);

    public double Map(decimal value)
    {
        if (DomainMax == DomainMin)
        {
            return RangeStart;
        }
        var share = (double)((value - DomainMin) / (DomainMax - DomainMin));
        return RangeStart + (share * (RangeEnd - RangeStart));
    }
}
