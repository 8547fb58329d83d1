namespace Oldenburg.Integration.Web.Domain;

/// <summary>The week as it is counted in Germany: Monday first. .NET's <see cref="DayOfWeek"/> starts on Sunday.</summary>
public static class Week
{
    public static readonly IReadOnlyList<DayOfWeek> Days =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>0 for Monday to 6 for Sunday, for sorting.</summary>
    public static int Order(DayOfWeek day) => ((int)day + 6) % 7;
}
