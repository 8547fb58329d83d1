using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Monitor.Charts;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Monitor;

/// <summary>Hands a page's data to the chart library, in the reader's culture and direction.</summary>
public static class MonitorChartMarkup
{
    public static IHtmlContent Render(MonitorData data, MonitorIndicatorInfo info, IStringLocalizer<MonitorResource> text, string culture, string idPrefix)
    {
        if (data.Categories.Count == 0)
        {
            return HtmlString.Empty;
        }

        var kind = data.Kind switch
        {
            MonitorChartKind.Bar => ChartKind.Bar,
            MonitorChartKind.Comparison => ChartKind.Comparison,
            _ => ChartKind.Line,
        };
        var reader = SupportedCultures.Get(culture);
        var series = data.Series.Select(s => new ChartSeries(LocalDigits.Apply(s.Name, reader), [.. s.Points.Select(p => new ChartPoint(LocalDigits.Apply(p.Category, reader), p.Value, p.Suppressed))])).ToList();
        var request = new ChartRequest(
            kind, info.Name, text["Chart.Description", info.Name], series, info.Unit, info.Decimals, reader,
            SupportedCultures.IsRightToLeft(culture), idPrefix, text["Value.Missing"], text["Value.Suppressed"]);

        // The library escapes every text it writes (contract of SvgChart.Render).
        return new HtmlString(SvgChart.Render(request));
    }
}
