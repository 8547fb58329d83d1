using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Unit;

public class IsbnTests
{
    [Theory]
    [InlineData("0-306-40615-2", "0306406152")]
    [InlineData("0-8044-2957-x", "080442957X")]
    [InlineData("3-16-148410-X", "316148410X")]
    [InlineData("978-3-16-148410-0", "9783161484100")]
    [InlineData("978 0 306 40615 7", "9780306406157")]
    [InlineData("979-10-90636-07-1", "9791090636071")]
    public void Normalize_ValidIsbn10Or13_ReturnsDigitsWithoutSeparators(string input, string expected) =>
        Assert.Equal(expected, Isbn.Normalize(input));

    [Theory]
    [InlineData("0-306-40615-3")] // ISBN-10, wrong check digit
    [InlineData("978-3-16-148410-1")] // ISBN-13, wrong check digit
    [InlineData("X-306-40615-2")] // X only in the last place
    [InlineData("977-3-16-148410-1")] // ISBN-13 must start 978 or 979 (977 is an ISSN prefix)
    [InlineData("978-3-16-14841")] // too short
    [InlineData("978_3_16_148410_0")] // other separators are not ISBN notation
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_InvalidIsbn_ReturnsNull(string input) => Assert.Null(Isbn.Normalize(input));
}
