using System.Net;
using System.Text.Json;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Monitor;

[Collection(WritableSite.Name)]
public class MonitorPublicTests(SiteFactory site)
{
    private static readonly MonitorCell[] Cells = [new(2019, 14.9m), new(2020, 16.2m), new(2021, null), new(2022, null, Suppressed: true), new(2023, 17.25m)];

    [Fact]
    public async Task Details_TableAndDownloads_HoldExactlyTheStoredValues()
    {
        var slug = MonitorTestData.NewSlug("exakt");
        await site.AddIndicatorAsync(slug, Cells, [2019, 2020, 2021, 2022, 2023], decimals: 2);
        var client = site.CreateClient();

        var page = await client.GetPageAsync($"/de/monitor/{slug}");
        var cells = page.Document.QuerySelectorAll(".monitor-table tbody td").Select(c => (c.GetAttribute("data-status"), c.TextContent)).ToList();
        Assert.Equal(
            [("value", "14,90\u00A0%"), ("value", "16,20\u00A0%"), ("missing", "keine Angabe"), ("suppressed", "geschützt"), ("value", "17,25\u00A0%")],
            cells);
        Assert.NotNull(page.Document.QuerySelector("figure.monitor-chart svg[role=img]"));

        var csv = CsvFile.Read(await client.GetStringAsync(new Uri($"/api/monitor/{slug}.csv", UriKind.Relative)), ',');
        Assert.Equal(["2019", "2020", "2021", "2022", "2023"], csv.Skip(1).Select(r => r[3]));
        Assert.Equal(["14.9", "16.2", "", "", "17.25"], csv.Skip(1).Select(r => r[4]));
        Assert.Equal(["value", "value", "missing", "suppressed", "value"], csv.Skip(1).Select(r => r[6]));

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/monitor/{slug}.json", UriKind.Relative)));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([14.90m, 16.20m, 17.25m], items.Where(i => i.GetProperty("value").ValueKind == JsonValueKind.Number).Select(i => i.GetProperty("value").GetDecimal()));
        Assert.Equal(5, json.RootElement.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("de", "16,2\u00A0%")]
    [InlineData("en", "16.2%")]
    public async Task Details_ReaderCulture_FormatsNumbers(string culture, string expected)
    {
        var slug = MonitorTestData.NewSlug("kultur");
        await site.AddIndicatorAsync(slug, [new(2022, 16.2m)], [2022]);

        var page = await site.CreateClient().GetPageAsync($"/{culture}/monitor/{slug}");

        Assert.Equal(expected, page.Document.QuerySelector(".monitor-table tbody td")!.TextContent);
        Assert.Contains(expected, page.Document.QuerySelector(".monitor-summary")!.TextContent);
    }

    [Fact]
    public async Task UnpublishedYear_NeverAppearsOnPageDownloadsOrOverview()
    {
        var slug = MonitorTestData.NewSlug("jahr");
        await site.AddIndicatorAsync(slug, [new(2022, 12.5m), new(2023, 987.65m)], [2022]);
        var client = site.CreateClient();

        var page = await client.GetStringAsync(new Uri($"/de/monitor/{slug}", UriKind.Relative));
        var overview = await client.GetStringAsync(new Uri("/de/monitor", UriKind.Relative));
        var csv = await client.GetStringAsync(new Uri($"/api/monitor/{slug}.csv", UriKind.Relative));
        var json = await client.GetStringAsync(new Uri($"/api/monitor/{slug}.json", UriKind.Relative));

        Assert.Contains("12,5", page);
        Assert.Contains(slug, overview);
        Assert.All(new[] { page, overview, csv, json }, text => Assert.DoesNotContain("987", text, StringComparison.Ordinal));
        Assert.Equal(["2022"], CsvFile.Read(csv, ',').Skip(1).Select(r => r[3]));
    }

    [Fact]
    public async Task DraftIndicator_IsNotOnPageDownloadsOverviewOrSitemap()
    {
        var slug = MonitorTestData.NewSlug("entwurf");
        var published = MonitorTestData.NewSlug("sichtbar");
        await site.AddIndicatorAsync(slug, [new(2022, 1m)], [2022], PublishState.Draft);
        await site.AddIndicatorAsync(published, [new(2022, 1m)], [2022]);
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/de/monitor/{slug}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/monitor/{slug}.csv", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/monitor/{slug}.json", UriKind.Relative))).StatusCode);
        var sitemap = await client.GetStringAsync(new Uri("/sitemap-1.xml", UriKind.Relative));
        Assert.DoesNotContain(slug, sitemap);
        Assert.Contains($"/de/monitor/{published}", sitemap);
        Assert.DoesNotContain(slug, await client.GetStringAsync(new Uri("/de/monitor", UriKind.Relative)));
    }

    [Theory]
    [InlineData(14.9, 16.2, "2023: 16,2\u00A0%. Das ist mehr als 2022 (14,9\u00A0%), ein Anstieg um 1,3 Prozentpunkte.")]
    [InlineData(16.2, 14.9, "2023: 14,9\u00A0%. Das ist weniger als 2022 (16,2\u00A0%), ein Rückgang um 1,3 Prozentpunkte.")]
    [InlineData(16.2, 16.2, "2023: 16,2\u00A0%. Das ist genauso viel wie 2022.")]
    public async Task Summary_LatestAgainstPrevious_ReadsAsIncreaseDecreaseOrNoChange(double before, double latest, string expected)
    {
        var slug = MonitorTestData.NewSlug("trend");
        await site.AddIndicatorAsync(slug, [new(2022, (decimal)before), new(2023, (decimal)latest)], [2022, 2023]);

        var page = await site.CreateClient().GetPageAsync($"/de/monitor/{slug}");

        Assert.Equal(expected, page.Document.QuerySelector(".monitor-summary p")!.TextContent);
    }

    [Fact]
    public async Task Summary_OneValue_SaysThereIsNothingToCompare()
    {
        var slug = MonitorTestData.NewSlug("einzeln");
        await site.AddIndicatorAsync(slug, [new(2021, null), new(2022, 3m)], [2021, 2022]);

        var page = await site.CreateClient().GetPageAsync($"/de/monitor/{slug}");

        Assert.StartsWith("2022: 3,0\u00A0%. Einen früheren Wert", page.Document.QuerySelector(".monitor-summary p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Districts_TableAndDownloads_HoldThePublicYearOnly()
    {
        var slug = MonitorTestData.NewSlug("bezirke");
        var (first, second) = ((await site.AddLookupsAsync()).District, (await site.AddLookupsAsync()).District);
        await site.AddIndicatorAsync(slug,
            [new(2022, 20m), new(2022, 12.5m, DistrictId: first.Id), new(2022, null, Suppressed: true, DistrictId: second.Id), new(2023, 987.65m, DistrictId: first.Id)],
            [2022], breakdown: MonitorBreakdown.Districts);
        var client = site.CreateClient();
        var firstName = first.Translations.Single().Name;
        var secondName = second.Translations.Single().Name;

        // 2023 is stored but not published: asking for it shows the latest public year instead.
        var page = await client.GetPageAsync($"/de/monitor/{slug}/districts?year=2023");
        var cells = page.Document.QuerySelectorAll(".monitor-table tbody tr")
            .ToDictionary(r => r.QuerySelector("th, td")!.TextContent.Trim(), r => r.QuerySelectorAll("td")[^1].TextContent.Trim());
        Assert.Equal("12,5\u00A0%", cells[firstName]);
        Assert.Equal("geschützt", cells[secondName]);
        Assert.DoesNotContain("987", page.Document.Body!.TextContent, StringComparison.Ordinal);

        var csvLink = page.Document.QuerySelector("a[type='text/csv']")!.GetAttribute("href")!;
        Assert.Contains("year=2022", csvLink, StringComparison.Ordinal);
        var csv = CsvFile.Read(await client.GetStringAsync(new Uri(csvLink, UriKind.Relative)), ',').Skip(1).ToDictionary(r => r[3]);
        Assert.Equal(("12.5", "value"), (csv[firstName][4], csv[firstName][6]));
        Assert.Equal(("", "suppressed"), (csv[secondName][4], csv[secondName][6]));
        Assert.Equal(page.Document.QuerySelectorAll(".monitor-table tbody tr").Length, csv.Count);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/monitor/{slug}/districts.json?year=2023", UriKind.Relative)));
        Assert.Equal(2022, json.RootElement.GetProperty("year").GetInt32());
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("category").GetString() == firstName);
        Assert.Equal(12.5m, item.GetProperty("value").GetDecimal());
        Assert.DoesNotContain("987", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Districts_IndicatorWithoutDistricts_IsNotFound()
    {
        var slug = MonitorTestData.NewSlug("stadt");
        await site.AddIndicatorAsync(slug, [new(2022, 1m)], [2022]);
        var client = site.CreateClient();

        foreach (var path in new[] { $"/de/monitor/{slug}/districts", $"/api/monitor/{slug}/districts.csv", $"/api/monitor/{slug}/districts.json" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
    }
}
