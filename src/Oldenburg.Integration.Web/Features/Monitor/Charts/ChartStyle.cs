namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>
/// Colours are KERN UX tokens converted to sRGB (presentation attributes cannot read CSS variables in
/// print or when the stylesheet is missing). Every stroke and fill passes 3:1 against white; each series
/// also differs in dash and marker shape, so colour is never the only cue.
/// </summary>
public static class ChartStyle
{
    /// <summary>
    /// viewBox width. On a 320 px phone the chart gets about 274 px (the page keeps its side margins), so text
    /// of <see cref="FontSize"/> units renders at 12.5 px there.
    /// </summary>
    public const double Width = 480;
    public const double FontSize = 22;
    public const double LineHeight = 28;

    public const string Text = "#131525";      // neutral-950, 18:1
    public const string Axis = "#51577a";      // neutral-650, 7:1
    public const string Grid = "#c0c3d5";      // neutral-200, decorative only: every value is labelled or in the table

    private static readonly string[] Colours =
    [
        "#2044aa", // darkblue-700, 8.5:1
        "#925400", // orange-600, 6.0:1: blue against orange stays apart for red-green colour blindness
        "#005747", // brand palette 2-700, 8.6:1
        "#4b38ab", // brand palette 1-700, 8.6:1
    ];

    private static readonly string?[] Dashes = [null, "9 5", "3 4", "12 4 3 4"];

    private static readonly MarkerShape[] Shapes = [MarkerShape.Circle, MarkerShape.Square, MarkerShape.Triangle, MarkerShape.Diamond];

    public static string Colour(int series) => Colours[series % Colours.Length];

    public static string? Dash(int series) => Dashes[series % Dashes.Length];

    public static MarkerShape Shape(int series) => Shapes[series % Shapes.Length];
}
