using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Monitor;

[Collection(WritableSite.Name)]
public class MonitorAdminTests(SiteFactory site)
{
    [Fact]
    public async Task Import_DryRun_ChangesNothingUntilCommitStoresTheGoodRows()
    {
        var indicator = await site.AddIndicatorAsync(MonitorTestData.NewSlug("import"), [], []);
        var csv = "\uFEFFyear,district,group,value,suppressed\r\n2020,,,\"16,2\",nein\r\n2021,,,-,nein\r\n2022,,,abc,nein\r\n2023,nirgendwo,,1,nein\r\n";
        var browser = await site.EditorAsync();

        var form = (await browser.GetPageAsync($"/admin/monitorimport/index/{indicator.Id}")).Document.FormWithField("file");
        var response = await form.PostMultipartAsync(browser, null, new UploadFile("file", "werte.csv", Encoding.UTF8.GetBytes(csv), "text/csv"));
        var preview = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), new Uri($"https://localhost/admin/monitorimport/index/{indicator.Id}"));

        Assert.Equal(["ok", "ok", "error", "error"], preview.QuerySelectorAll("tr[data-action]").Select(r => r.GetAttribute("data-action")));
        Assert.Contains("„abc“ ist keine Zahl", preview.QuerySelector("tr[data-line='4']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("nirgendwo", preview.QuerySelector("tr[data-line='5']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await ValuesAsync(indicator.Id));

        var commit = await new HtmlForm((AngleSharp.Html.Dom.IHtmlFormElement)preview.QuerySelector("form[action*='commit' i]")!).PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        var stored = await ValuesAsync(indicator.Id);
        Assert.Equal([(2020, (decimal?)16.2m), (2021, null)], stored.Select(v => (v.Year, v.Value)));
    }

    [Fact]
    public async Task PublishYear_IncompleteIsRefused_CompleteYearBecomesPublic()
    {
        var slug = MonitorTestData.NewSlug("publizieren");
        var indicator = await site.AddIndicatorAsync(slug, [], []);
        var browser = await site.EditorAsync();

        var empty = await browser.GetPageAsync($"/admin/monitorvalues/index/{indicator.Id}?addYear=2024");
        await empty.Document.FormWithField("year").PostAsync(browser);
        Assert.False(await site.WithDbAsync(db => db.MonitorDataYears.AnyAsync(y => y.MonitorIndicatorId == indicator.Id)));

        var grid = await browser.GetPageAsync($"/admin/monitorvalues/index/{indicator.Id}?addYear=2024");
        var saved = await grid.Document.FormWithField("cells[0].Text").PostAsync(browser, new Dictionary<string, string> { ["cells[0].Text"] = "42,5" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var filled = await browser.GetPageAsync($"/admin/monitorvalues/index/{indicator.Id}");
        await filled.Document.FormWithField("year").PostAsync(browser);

        Assert.True(await site.WithDbAsync(db => db.MonitorDataYears.AnyAsync(y => y.MonitorIndicatorId == indicator.Id && y.Year == 2024)));
        var page = await site.CreateClient().GetPageAsync($"/de/monitor/{slug}");
        Assert.Equal("42,5\u00A0%", page.Document.QuerySelector(".monitor-table tbody td")!.TextContent);
    }

    [Fact]
    public async Task Grid_NotANumber_ShowsGermanMessageAndSavesNothing()
    {
        var indicator = await site.AddIndicatorAsync(MonitorTestData.NewSlug("raster"), [new(2022, 1m)], []);
        var browser = await site.EditorAsync();

        var grid = await browser.GetPageAsync($"/admin/monitorvalues/index/{indicator.Id}");
        var response = await grid.Document.FormWithField("cells[0].Text").PostAsync(browser, new Dictionary<string, string> { ["cells[0].Text"] = "1.234,5" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("keine Zahl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1m, (await ValuesAsync(indicator.Id)).Single().Value);
    }

    private Task<List<MonitorValue>> ValuesAsync(int id) =>
        site.WithDbAsync(db => db.MonitorValues.Where(v => v.MonitorIndicatorId == id).OrderBy(v => v.Year).ToListAsync());
}
