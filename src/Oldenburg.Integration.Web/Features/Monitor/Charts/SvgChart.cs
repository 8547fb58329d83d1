using System.Net;

namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>Temporary stand-in until the chart library replaces this file: an empty, labelled svg.</summary>
public static class SvgChart
{
    public static string Render(ChartRequest request)
    {
        var title = WebUtility.HtmlEncode(request.Title);
        var desc = WebUtility.HtmlEncode(request.Description);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 640 360\" aria-labelledby=\"{request.IdPrefix}-title {request.IdPrefix}-desc\">"
            + $"<title id=\"{request.IdPrefix}-title\">{title}</title><desc id=\"{request.IdPrefix}-desc\">{desc}</desc></svg>";
    }
}
