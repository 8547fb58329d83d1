namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

public enum TextAnchor { Start, Middle, End }

public enum MarkerShape { Circle, Square, Triangle, Diamond }

public enum MarkerFill { Solid, Hollow, Hatched }

public readonly record struct ScenePoint(double X, double Y);

/// <summary>
/// One drawn thing in left-to-right coordinates. Right-to-left charts are the same scene mirrored, so
/// both directions share one layout and cannot drift apart.
/// </summary>
public abstract record SceneItem(string Class)
{
    public abstract SceneItem Mirror(double width);
}

/// <summary>Anchors are logical (start = where reading begins), so mirroring keeps them and the svg's direction flips them.</summary>
public sealed record SceneText(double X, double Y, string Text, TextAnchor Anchor, string Class, string Fill, bool Bold = false)
    : SceneItem(Class)
{
    public override SceneItem Mirror(double width) => this with { X = width - X };
}

public sealed record SceneLine(double X1, double Y1, double X2, double Y2, string Class, string Stroke, double StrokeWidth)
    : SceneItem(Class)
{
    public override SceneItem Mirror(double width) => this with { X1 = width - X1, X2 = width - X2 };
}

/// <summary>A polyline broken into segments: a missing value ends one segment and the next value starts another.</summary>
public sealed record ScenePath(IReadOnlyList<IReadOnlyList<ScenePoint>> Segments, string Class, string Stroke, double StrokeWidth, string? Dash)
    : SceneItem(Class)
{
    public override SceneItem Mirror(double width) =>
        this with { Segments = [.. Segments.Select(s => (IReadOnlyList<ScenePoint>)[.. s.Select(p => p with { X = width - p.X })])] };
}

public sealed record SceneRect(double X, double Y, double Width, double Height, string Class, string Fill, MarkerFill Pattern, string? Stroke = null)
    : SceneItem(Class)
{
    public override SceneItem Mirror(double width) => this with { X = width - X - Width };
}

public sealed record SceneMarker(double X, double Y, MarkerShape Shape, string Class, string Color, MarkerFill Fill)
    : SceneItem(Class)
{
    public override SceneItem Mirror(double width) => this with { X = width - X };
}

public sealed record ChartScene(double Width, double Height, IReadOnlyList<SceneItem> Items)
{
    public ChartScene Mirrored() => this with { Items = [.. Items.Select(i => i.Mirror(Width))] };
}
