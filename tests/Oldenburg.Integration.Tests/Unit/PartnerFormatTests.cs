using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

using Oldenburg.Integration.Web.Features.Partners;

namespace Oldenburg.Integration.Tests.Unit;

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
