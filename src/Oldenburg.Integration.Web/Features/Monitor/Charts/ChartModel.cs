using System.Globalization;

namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

public enum ChartKind { Line, Bar, Comparison }

/// One value on the category axis. Value null = missing (drawn as a gap, never as zero).
/// Suppressed = withheld for data protection (drawn as a marked gap, labelled as suppressed).
public sealed record ChartPoint(string Category, decimal? Value, bool Suppressed = false);

/// A named series. For Line: one or more series over the same ordered categories (years).
/// For Bar: exactly one series, categories are districts or groups.
/// For Comparison: exactly two series (e.g. "mit Migrationshintergrund" / "ohne"), same categories (years).
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

public sealed record ChartRequest(
    ChartKind Kind,
    string Title,          // becomes <title>
    string Description,    // becomes <desc>; a sentence summarising the data
    IReadOnlyList<ChartSeries> Series,
    string Unit,           // e.g. "%", "Personen"; shown on the value axis
    int Decimals,          // decimals for value labels
    CultureInfo Culture,   // numbers formatted in it ("16,2 %" in de), digits as the culture uses them
    bool RightToLeft,      // mirror the category axis (first category on the right), value axis on the right
    string IdPrefix,       // unique per page, for ids inside the SVG (title/desc/pattern ids)
    string MissingLabel,   // localized text for a missing value, e.g. "keine Angabe"
    string SuppressedLabel // localized text for a suppressed value, e.g. "geschützt"
);
