using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Unit;

public class DomainRulesTests
{
    [Fact]
    public void WeekOrder_EveryDay_MondayFirstSundayLast()
    {
        var sorted = Enum.GetValues<DayOfWeek>().OrderBy(Week.Order).ToList();

        Assert.Equal(Week.Days, sorted);
        Assert.Equal(DayOfWeek.Monday, sorted[0]);
        Assert.Equal(DayOfWeek.Sunday, sorted[^1]);
        Assert.Equal(Week.Days, PartnerRules.Weekdays.Select(w => w.Day));
        Assert.Equal("So", PartnerRules.Weekdays[^1].Abbreviation);
    }

    [Theory]
    [InlineData("beratung-und-hilfe", true)]
    [InlineData("a1", true)]
    [InlineData("Beratung", false)]
    [InlineData("doppel--strich", false)]
    [InlineData("-vorn", false)]
    public void SlugIsValid_Sample_MatchesPattern(string slug, bool valid) => Assert.Equal(valid, Slugs.IsValid(slug));

    [Theory]
    [InlineData("print", true)]
    [InlineData(" Open-Data ", true)]
    [InlineData("suggest", true)]
    [InlineData("printerei", false)]
    public void SlugIsReserved_Sample_KnowsRouteSegments(string slug, bool reserved) => Assert.Equal(reserved, Slugs.IsReserved(slug));

    [Theory]
    [InlineData("0441 235-3233", true)]
    [InlineData("+49 (441) 235/3233", true)]
    [InlineData("12", false)]
    [InlineData("0441 abc", false)]
    public void PhoneIsValid_Sample_MatchesPattern(string phone, bool valid) => Assert.Equal(valid, PhoneNumbers.IsValid(phone));

    [Fact]
    public void PartnerCheck_InvalidFields_NamesEachFieldOnce()
    {
        var partner = new Partner { Name = "Verein", Slug = Slugs.Print, PostalCode = "2612", Phone = "abc", Email = "kein-at", Website = "javascript:alert(1)" };

        var fields = PartnerRules.Check(partner).Select(p => p.Field).ToList();

        Assert.Equal(["Slug", "PostalCode", "Phone", "Email", "Website"], fields);
    }
}
