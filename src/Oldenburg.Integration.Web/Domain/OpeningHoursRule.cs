namespace Oldenburg.Integration.Web.Domain;

/// <summary>One opening interval on one weekday, in the office's local time (Europe/Berlin).</summary>
public class OpeningHoursRule
{
    public DayOfWeek Day { get; set; }

    public TimeOnly Opens { get; set; }

    public TimeOnly Closes { get; set; }

    public bool IsValid => Closes > Opens;
}
