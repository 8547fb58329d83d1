using System.Text;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Tests.Unit;

public class SpreadsheetCsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+49 441", "'+49 441")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("\rCR", "'\rCR")]
    [InlineData(" =1", "' =1")]
    [InlineData("'=1", "''=1")]
    [InlineData("Beratung;=1+1", "Beratung;'=1+1")]
    [InlineData("a;\"=1\"", "a;'\"=1\"")]
    [InlineData("eins\n- zwei", "eins\n'- zwei")]
    [InlineData("Mo 09:00-12:00; Tu 10:00-11:00", "Mo 09:00-12:00; Tu 10:00-11:00")]
    [InlineData("a,=b", "a,=b")]
    [InlineData("plain", "plain")]
    public void Neutralise_Text_PutsApostropheBeforeEveryFormulaStart(string value, string expected)
    {
        Assert.Equal(expected, SpreadsheetCsvWriter.Neutralise(value));
        Assert.Equal(value, SpreadsheetCsvWriter.Restore(expected));
    }

    [Fact]
    public async Task RowAsync_Cells_AreQuotedForEitherSeparatorWithBomAndCrLf()
    {
        using var output = new MemoryStream();
        await using (var csv = new SpreadsheetCsvWriter(output))
        {
            await csv.RowAsync(["a", "b", "c"], CancellationToken.None);
            await csv.RowAsync(["x;y", null, "ä,\"q\""], CancellationToken.None);
        }

        var bytes = output.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("a,b,c\r\n\"x;y\",,\"ä,\"\"q\"\"\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal([["a", "b", "c"], ["x;y", "", "ä,\"q\""]], CsvFile.Read(Encoding.UTF8.GetString(bytes), ','));
    }
}
