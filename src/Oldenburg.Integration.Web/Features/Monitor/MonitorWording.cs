using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Oldenburg.Integration.Web.Features.Monitor;

/// <summary>
/// The sentences generated from the data: the latest value against the last earlier one, per
/// series, in the reader's language. Percentages change by percentage points, not by percent.
/// </summary>
public sealed class MonitorWording(IStringLocalizer<MonitorResource> text, CultureInfo culture)
{
    public MonitorLabels Labels() =>
        new(text["Table.Year"], text["Table.District"], text["Table.Group"], text["Series.Total"], g => text["Group." + g]);

    public string Value(decimal value, MonitorIndicatorInfo info) => MonitorFormat.Value(value, info.Decimals, info.Unit, culture);

    /// <summary>The cell text of the table: the value, or why there is none.</summary>
    public string Cell(MonitorPoint point, MonitorIndicatorInfo info) =>
        point.Suppressed ? text["Value.Suppressed"] : point.Value is { } value ? Value(value, info) : text["Value.Missing"];

    public IReadOnlyList<string> Summary(MonitorIndicatorInfo info, IReadOnlyList<MonitorSeries> trend)
    {
        var sentences = new List<string>();
        foreach (var series in trend)
        {
            if (MonitorChange.Of(series) is not { } change)
            {
                continue;
            }

            var sentence = Sentence(change, info);
            sentences.Add(trend.Count > 1 ? text["Summary.Series", series.Name, sentence] : sentence);
        }

        return sentences.Count > 0 ? sentences : [text["Summary.None"]];
    }

    public string Trend(MonitorDirection direction) => text["Trend." + direction];

    private string Sentence(MonitorChange change, MonitorIndicatorInfo info)
    {
        var latest = Value(change.Value, info);
        if (change.Previous is not { } previous)
        {
            return text["Summary.Single", change.Year, latest];
        }

        var before = Value(previous, info);
        var difference = Math.Abs(change.Value - previous);
        var by = info.Unit == MonitorFormat.Percent
            ? text["Summary.PercentPoints", difference.ToString("N" + info.Decimals.ToString(CultureInfo.InvariantCulture), culture)].Value
            : Value(difference, info);
        return change.Direction switch
        {
            MonitorDirection.Up => text["Summary.Up", change.Year, latest, change.PreviousYear!, before, by],
            MonitorDirection.Down => text["Summary.Down", change.Year, latest, change.PreviousYear!, before, by],
            _ => text["Summary.Same", change.Year, latest, change.PreviousYear!],
        };
    }
}
