using System.Text.Encodings.Web;
using Oldenburg.Integration.Web.Features.Partners;
using Oldenburg.Integration.Web.Features.Search;

namespace Oldenburg.Integration.Tests.Unit;

/// <summary>Matches are found on folded text and marked on the original, whatever folding did to its length.</summary>
public class SearchHighlighterTests
{
    [Theory]
    [InlineData("Beratung für Eltern", "fur", "für")]
    [InlineData("Die Straße am Markt", "strasse", "Straße")]
    [InlineData("STRASSE und Straße", "straße", "STRASSE|Straße")]
    [InlineData("Kulturverein İstanbul e. V.", "istanbul", "İstanbul")]
    [InlineData("Kulturverein Istanbul", "İSTANBUL", "Istanbul")]
    [InlineData("Dersler ılık", "ilik", "ılık")]
    [InlineData("نقدم الاستشارة: مُسْتَشَارٌ قانوني", "مستشار", "مُسْتَشَارٌ")]
    [InlineData("الأسرة والمدرسة", "اسره", "أسرة")]
    [InlineData("عـــلم النفس", "علم", "عـــلم")]
    [InlineData("Кафе Юрист", "юрист", "Юрист")]
    public void Whole_FoldedQuery_MarksTheOriginalCharacters(string text, string query, string expected)
    {
        var highlighted = SearchHighlighter.Whole(text, PartnerQueries.Terms(query));

        Assert.Equal(expected.Split('|'), highlighted.Marks.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void Whole_TwoTermsOverlapping_MarksOneMergedRange()
    {
        var highlighted = SearchHighlighter.Whole("Sprachcafé", PartnerQueries.Terms("sprach hcafe"));

        Assert.Equal(["Sprachcafé"], highlighted.Marks.Select(m => highlighted.Text[m.Start..m.End]));
    }

    [Fact]
    public void WriteTo_TextWithMarkup_EncodesEverythingButTheMarks()
    {
        var html = Render(SearchHighlighter.Whole("<script>alert('x')</script> & Über", PartnerQueries.Terms("uber script")));

        Assert.Equal("&lt;<mark>script</mark>&gt;alert(&#x27;x&#x27;)&lt;/<mark>script</mark>&gt; &amp; <mark>Über</mark>", html);
    }

    [Fact]
    public void Snippet_LongText_CutsBetweenWordsAroundTheFirstMatch()
    {
        var text = string.Join(' ', Enumerable.Repeat("Vorwort", 60)) + " Sprachkurs für Frauen " + string.Join(' ', Enumerable.Repeat("Nachwort", 60));

        var snippet = SearchHighlighter.Snippet(text, PartnerQueries.Terms("sprachkurs"), 120);
        var html = Render(snippet);

        Assert.StartsWith("… Vorwort", html, StringComparison.Ordinal);
        Assert.EndsWith("Nachwort …", html, StringComparison.Ordinal);
        Assert.Contains("<mark>Sprachkurs</mark>", html, StringComparison.Ordinal);
        Assert.True(snippet.Text.Length <= 120);
    }

    [Fact]
    public void Snippet_NoMatchInText_ShowsItsBeginning()
    {
        var snippet = SearchHighlighter.Snippet("Zusammenfassung ohne Punkt\nKurz und gut.\n\nZweiter   Absatz.", PartnerQueries.Terms("nichts"));

        Assert.Equal("Zusammenfassung ohne Punkt – Kurz und gut. Zweiter Absatz.", snippet.Text);
        Assert.Empty(snippet.Marks);
    }

    [Fact]
    public void Snippet_TextWithoutSpacesAndSurrogatePairs_NeverSplitsAPair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 200));

        var snippet = SearchHighlighter.Snippet(text, PartnerQueries.Terms("x"), 101);

        Assert.False(char.IsHighSurrogate(snippet.Text[^1]));
    }

    private static string Render(HighlightedText text)
    {
        using var writer = new StringWriter();
        text.WriteTo(writer, HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }
}
