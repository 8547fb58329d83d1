using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Monitor;

/// <summary>
/// One cell of an indicator: a null value is explicitly missing, <c>Suppressed</c> withheld; without a
/// district the cell is city-wide.
/// </summary>
public sealed record MonitorCell(int Year, decimal? Value, bool Suppressed = false, int? DistrictId = null);

public static class MonitorTestData
{
    public static string NewSlug(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<MonitorIndicator> AddIndicatorAsync(
        this SiteFactory site, string slug, IReadOnlyList<MonitorCell> cells, IReadOnlyList<int> publishedYears,
        PublishState state = PublishState.Published, string unit = "%", int decimals = 1, MonitorBreakdown breakdown = MonitorBreakdown.Years)
    {
        var indicator = new MonitorIndicator
        {
            Slug = slug,
            Source = "Testquelle",
            Decimals = decimals,
            Breakdown = breakdown,
            State = state,
            Translations =
            [
                new MonitorIndicatorText { Culture = "de", Title = "Kennzahl " + slug, Definition = "Definition " + slug, Unit = unit },
                new MonitorIndicatorText { Culture = "en", Title = "Indicator " + slug, Definition = "Definition " + slug, Unit = unit },
            ],
        };
        indicator.Touch("test", DateTime.UtcNow);
        await site.InsertAsync(indicator);
        await site.WithDbAsync(async db =>
        {
            db.MonitorValues.AddRange(cells.Select(c => new MonitorValue { MonitorIndicatorId = indicator.Id, Year = c.Year, DistrictId = c.DistrictId, Value = c.Value, Suppressed = c.Suppressed }));
            db.MonitorDataYears.AddRange(publishedYears.Select(y => new MonitorDataYear { MonitorIndicatorId = indicator.Id, Year = y, PublishedAt = DateTime.UtcNow, PublishedBy = "test" }));
            await db.SaveChangesAsync();
        });
        return indicator;
    }
}
