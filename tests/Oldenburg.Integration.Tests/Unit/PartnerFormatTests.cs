using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

using Oldenburg.Integration.Web.Features.Partners;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Tests.Unit;

public class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+49 441", "'+49 441")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("plain", "plain")]
    public void Cell_Value_IsQuotedAndDefused(string value, string expected) => Assert.Equal(expected, CsvWriter.Cell(value));

    [Fact]
    public void ToUtf8WithBom_Rows_StartWithBomAndEndWithCrLf()
    {
        var bytes = new CsvWriter().Row(["a", "b"]).Row(["ä", null]).ToUtf8WithBom();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("a,b\r\nä,\r\n", System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }
}

public class PartnerFilterTests
{
    [Fact]
    public void FromQuery_LongQueryAndBadPage_TruncatesAndStartsAtOne()
    {
        var filter = PartnerFilter.FromQuery(Query(new() { ["q"] = new string('x', 500), ["page"] = "abc", ["topic"] = new StringValues(["health", "health", ""]) }));

        Assert.Equal(PartnerFilter.QueryMaxLength, filter.Query!.Length);
        Assert.Equal(1, filter.Page);
        Assert.Equal(["health"], filter.Topics);
    }

    [Fact]
    public void Without_OneOfTwoTopics_KeepsTheOtherAndResetsPage()
    {
        var filter = PartnerFilter.Empty with { Topics = ["health", "women"], Page = 3 };

        Assert.Equal("?topic=women", filter.Without(PartnerFilter.TopicKey, "health").ToQueryString());
    }

    [Fact]
    public void VCardEscape_SpecialCharacters_AreBackslashed() =>
        Assert.Equal("a\\,b\\;c\\\\d\\ne", PartnerVCard.Escape("a,b;c\\d\ne"));

    private static QueryCollection Query(Dictionary<string, StringValues> values) => new(values);
}
