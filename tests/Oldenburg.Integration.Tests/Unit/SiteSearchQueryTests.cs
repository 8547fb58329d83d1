using Oldenburg.Integration.Web.Features.Search;

namespace Oldenburg.Integration.Tests.Unit;

public class SiteSearchQueryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001\t")]
    [InlineData("\u0301\u064E")]
    public void Parse_NothingToSearchFor_IsEmpty(string? raw) =>
        Assert.Equal(SiteSearchProblem.Empty, SiteSearchQuery.Parse(raw, "de").Problem);

    [Fact]
    public void Parse_OverTheLimit_IsTooLongAndHasNoTerms()
    {
        var query = SiteSearchQuery.Parse(new string('a', SiteSearchQuery.MaxLength + 1), "de");

        Assert.Equal(SiteSearchProblem.TooLong, query.Problem);
        Assert.Empty(query.Terms);
        Assert.Equal(SiteSearchQuery.MaxLength, query.Text.Length);
    }

    [Fact]
    public void Parse_AtTheLimit_Runs() =>
        Assert.True(SiteSearchQuery.Parse(new string('a', SiteSearchQuery.MaxLength), "de").CanRun);

    [Fact]
    public void Parse_ControlCharacters_SeparateWords()
    {
        var query = SiteSearchQuery.Parse("Über\u0000Straße", "de");

        Assert.Equal(["uber", "strasse"], query.Terms);
        Assert.DoesNotContain('\u0000', query.Text);
    }
}
