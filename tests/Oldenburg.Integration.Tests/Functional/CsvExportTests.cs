using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>
/// Both CSV exports, opened as a spreadsheet would open them: with "," (English) and with ";"
/// (German Excel), which ignores the quoting that was meant for commas.
/// </summary>
[Collection(WritableSite.Name)]
public class CsvExportTests(SiteFactory site)
{
    public static TheoryData<string> Exports => ["open-data", "admin"];

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task Export_HostileCellsReadWithComma_KeepColumnsAndRoundTrip(string export)
    {
        var (text, token, slug) = await ExportWithHostilePartnerAsync(export);

        var records = CsvFile.Read(text, ',');

        var header = records[0];
        Assert.All(records, r => Assert.Equal(header.Length, r.Length));
        var row = Assert.Single(records, r => r[0] == slug);
        var expected = export == "admin"
            ? HostileCells.Expected(token, "description_de", "target_groups_de", "short_description_de")
            : HostileCells.Expected(token, "description", "target_groups", "short_description");
        foreach (var (column, value) in expected)
        {
            var cell = row[Array.IndexOf(header, column)];
            Assert.Equal(value, SpreadsheetCsvWriter.Restore(cell));
        }

        Assert.StartsWith("'", row[Array.IndexOf(header, "phone")], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task Export_HostileCellsReadWithSemicolon_NoFieldStartsWithFormula(string export)
    {
        var (text, token, _) = await ExportWithHostilePartnerAsync(export);

        var fields = CsvFile.Read(text, ';').SelectMany(r => r).ToList();

        Assert.Contains(fields, f => f.Contains(token, StringComparison.Ordinal));
        Assert.Contains(fields, f => f.Contains("=SUM(A1)", StringComparison.Ordinal));
        Assert.All(fields, f => Assert.False(
            f.TrimStart(' ', '"').Length > 0 && SpreadsheetCsvWriter.FormulaStarts.Contains(f.TrimStart(' ', '"')[0], StringComparison.Ordinal),
            $"A spreadsheet would run this as a formula: {f}"));
    }

    private async Task<(string Text, string Token, string Slug)> ExportWithHostilePartnerAsync(string export)
    {
        var token = "tok" + Guid.NewGuid().ToString("N")[..10];
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups, p =>
        {
            HostileCells.Apply(p, token);
            p.Topics.Add(lookups.Topic);
            p.Languages.Add(lookups.Language);
        });
        var (client, url) = export == "admin"
            ? (await site.EditorAsync(), "/admin/partners/export.csv")
            : (site.CreateClient(), $"/api/partners.csv?q={token}");
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync(), token, partner.Slug);
    }
}
