using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Monitor;

/// <summary>One posted cell of the values grid; <see cref="Text"/> is what staff typed.</summary>
public sealed class MonitorGridCell
{
    public int Year { get; set; }

    public int? DistrictId { get; set; }

    public string? Group { get; set; }

    public string? Text { get; set; }

    public bool Suppressed { get; set; }

    public MonitorCellKey Key => new(DistrictId, Group);
}

/// <summary>The grid page: rows are the expected cells, columns the years; errors are per cell.</summary>
public sealed record MonitorGridView(
    MonitorIndicator Indicator, string Title, IReadOnlyList<int> Years, IReadOnlyList<(MonitorCellKey Key, string Label)> Rows,
    IReadOnlyDictionary<(int Year, MonitorCellKey Key), MonitorGridCell> Cells, IReadOnlyDictionary<int, MonitorDataYear> Published,
    IReadOnlyDictionary<int, int> Gaps, IReadOnlyList<string> Errors)
{
    public const int MaxYears = 30;

    public static string Format(MonitorValue value) =>
        value.Value is { } number ? number.ToString(System.Globalization.CultureInfo.GetCultureInfo("de")) : value.Suppressed ? "" : MonitorCells.MissingMark;
}
