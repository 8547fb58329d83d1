using Oldenburg.Integration.Web.Features.Shared;

namespace Oldenburg.Integration.Tests.Unit;

public class TextBlocksTests
{
    [Fact]
    public void Sections_TextWithHeadingLines_SplitsAtEachHeading()
    {
        var sections = TextBlocks.Sections("Intro\r\n\r\n## First\nOne\n\nTwo\n## Second\nThree");

        Assert.Equal(
            [new TextSection(null, "Intro"), new TextSection("First", "One\n\nTwo"), new TextSection("Second", "Three")],
            sections);
    }

    [Theory]
    [InlineData("##No space")]
    [InlineData("### Three hashes")]
    [InlineData("## ")]
    [InlineData("Text ## in the middle")]
    public void Sections_LineWithoutExactMarker_StaysText(string line)
    {
        var section = Assert.Single(TextBlocks.Sections(line));

        Assert.Null(section.Heading);
        Assert.Equal(line.Trim(), section.Body);
    }

    [Fact]
    public void Sections_EmptyText_HasNoSections()
    {
        Assert.Empty(TextBlocks.Sections("  \n "));
        Assert.Empty(TextBlocks.Sections(null));
    }
}
