using System.Text;

namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

public static class SvgChart
{
    /// <summary>
    /// Returns the complete &lt;svg&gt; element as markup, safe to emit with Html.Raw (all text is XML-escaped).
    /// The svg has role="img", aria-labelledby pointing at its &lt;title&gt; and &lt;desc&gt;, a viewBox and no fixed
    /// width (it scales to its container: 320 px phones through print).
    /// </summary>
    public static string Render(ChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var data = new ChartData(request.Series);
        var text = new ChartText(request.Culture, request.Unit ?? "", request.Decimals);
        var scene = request.Kind == ChartKind.Bar
            ? BarLayout.Build(request, data, text)
            : LineLayout.Build(request, data, text);
        if (request.RightToLeft)
        {
            scene = scene.Mirrored();
        }
        return SvgWriter.Write(scene, request.Title, request.Description, SafeId(request.IdPrefix), request.RightToLeft);
    }

    private static void Validate(ChartRequest request)
    {
        var expected = request.Kind switch
        {
            ChartKind.Bar => 1,
            ChartKind.Comparison => 2,
            _ => (int?)null,
        };
        if (request.Series.Count == 0 || (expected is { } count && request.Series.Count != count))
        {
            throw new ArgumentException($"A {request.Kind} chart needs {expected?.ToString(request.Culture) ?? "at least one"} series, got {request.Series.Count}.", nameof(request));
        }
    }

    /// <summary>Ids must be valid and must not break out of the url(#...) reference, whatever the page passes.</summary>
    private static string SafeId(string prefix)
    {
        var id = new StringBuilder();
        foreach (var c in prefix ?? "")
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }
        return id.Length == 0 || !char.IsAsciiLetter(id[0]) ? "chart-" + id : id.ToString();
    }
}
