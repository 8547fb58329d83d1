namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// One cell of an indicator: a year and, depending on the breakdown, a district or a group.
/// A stored cell with no value and not suppressed is "explicitly missing": staff confirmed there is no figure.
/// </summary>
public class MonitorValue
{
    public int Id { get; set; }

    public int MonitorIndicatorId { get; set; }

    public int Year { get; set; }

    /// <summary>Null for the city-wide value.</summary>
    public int? DistrictId { get; set; }

    public District? District { get; set; }

    /// <summary>A key of <see cref="MonitorGroups"/>; null when the indicator has no groups.</summary>
    public string? Group { get; set; }

    public decimal? Value { get; set; }

    /// <summary>Withheld for data protection (small numbers); never shown, never in downloads.</summary>
    public bool Suppressed { get; set; }
}

/// <summary>A data year of an indicator that staff published; values of other years are never public.</summary>
public class MonitorDataYear
{
    public int Id { get; set; }

    public int MonitorIndicatorId { get; set; }

    public int Year { get; set; }

    public DateTime PublishedAt { get; set; }

    public string PublishedBy { get; set; } = "";
}
