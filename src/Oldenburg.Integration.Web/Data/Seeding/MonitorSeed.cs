using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>
/// The monitor's first indicators from the embedded monitor-seed.json: one with published figures and
/// their source, the others sample data that says so on every page (ADR 0033). Every seeded year is
/// complete and published; district figures of a sample are spread around its city-wide value.
/// </summary>
public static class MonitorSeed
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<int> AddAsync(AppDbContext db, PublishState sampleState, DateTime now, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.OrderBy(d => d.SortOrder).ThenBy(d => d.Key).Select(d => d.Id).ToListAsync(cancellationToken);
        var seed = Load();
        foreach (var entry in seed.Indicators)
        {
            var indicator = new MonitorIndicator
            {
                Slug = entry.Slug,
                Dimension = entry.Dimension,
                Source = entry.Source,
                Decimals = entry.Decimals,
                Breakdown = entry.Breakdown,
                ChartKind = entry.ChartKind,
                IsSample = entry.Sample,
                SortOrder = entry.SortOrder,
                State = entry.Sample ? sampleState : PublishState.Published,
                Translations = [.. entry.Texts.Select(t => new MonitorIndicatorText { Culture = t.Key, Title = t.Value.Title, Definition = t.Value.Definition, Unit = t.Value.Unit, Notes = t.Value.Notes })],
            };
            indicator.Touch(DatabaseInitializer.SystemUser, now);
            db.Monitor.Add(indicator);
            await db.SaveChangesAsync(cancellationToken);
            db.MonitorValues.AddRange(Values(entry, indicator.Id, districts));
            db.MonitorDataYears.AddRange(entry.Years.Select(y => new MonitorDataYear { MonitorIndicatorId = indicator.Id, Year = y, PublishedAt = now, PublishedBy = DatabaseInitializer.SystemUser }));
        }

        return seed.Indicators.Count;
    }

    private static IEnumerable<MonitorValue> Values(SeedIndicator entry, int indicatorId, List<int> districts)
    {
        foreach (var (key, values) in entry.Series)
        {
            var group = key == "total" ? null : key;
            for (var i = 0; i < entry.Years.Count; i++)
            {
                var year = entry.Years[i];
                var suppressed = entry.Suppressed.Any(s => s.Year == year && s.Group == group);
                yield return new MonitorValue { MonitorIndicatorId = indicatorId, Year = year, Group = group, Value = suppressed ? null : values[i], Suppressed = suppressed };
                if (entry.Breakdown == MonitorBreakdown.Districts && values[i] is { } total)
                {
                    for (var d = 0; d < districts.Count; d++)
                    {
                        // A fixed, uneven spread, so the sample bars differ without pretending to be a pattern.
                        var offset = ((d * 7 % 11) - 5) / 5m * entry.DistrictSpread;
                        yield return new MonitorValue
                        {
                            MonitorIndicatorId = indicatorId,
                            Year = year,
                            DistrictId = districts[d],
                            Value = Math.Round(Math.Max(0, total + offset + (i * (d % 3) / 10m)), entry.Decimals),
                        };
                    }
                }
            }
        }
    }

    private static SeedMonitor Load()
    {
        using var stream = typeof(MonitorSeed).Assembly.GetManifestResourceStream("Oldenburg.Integration.Web.MonitorSeed.json")
            ?? throw new InvalidOperationException("The embedded monitor seed is missing.");
        return JsonSerializer.Deserialize<SeedMonitor>(stream, JsonOptions) ?? throw new InvalidOperationException("The embedded monitor seed is empty.");
    }

    private sealed record SeedMonitor(IReadOnlyList<SeedIndicator> Indicators);

    private sealed record SeedIndicator(
        string Slug, string Dimension, string Source, int Decimals, MonitorBreakdown Breakdown, MonitorChartKind ChartKind, bool Sample, int SortOrder,
        IReadOnlyList<int> Years, IReadOnlyDictionary<string, IReadOnlyList<decimal?>> Series, decimal DistrictSpread,
        IReadOnlyList<SeedCell> Suppressed, IReadOnlyDictionary<string, SeedText> Texts);

    private sealed record SeedCell(int Year, string? Group);

    private sealed record SeedText(string Title, string Definition, string Unit, string Notes);
}
