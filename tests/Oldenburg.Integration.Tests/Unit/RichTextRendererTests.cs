using AngleSharp.Dom;
using AngleSharp.Html.Parser;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.RichText;

namespace Oldenburg.Integration.Tests.Unit;

public class RichTextRendererTests
{
    private static readonly RichTextRenderer s_renderer = new();

    [Fact]
    public void Render_SubheadingAndParagraphs_MakesH2AndParagraphs()
    {
        var html = Render("Einleitung\n\n## Ihre Rechte\nSie können Auskunft verlangen.");

        Assert.Equal(["p", "h2", "p"], html.Children.Select(e => e.LocalName));
        var heading = html.QuerySelector("h2")!;
        Assert.Equal("kern-heading-medium", heading.ClassName);
        Assert.Equal("Ihre Rechte", heading.QuerySelector("bdi")!.TextContent);
        Assert.All(html.QuerySelectorAll("p"), p => Assert.Equal("kern-body", p.ClassName));
    }

    [Fact]
    public void Render_HeadingWithParentheses_KeepsThemTogetherInsideTheIsolate()
    {
        var heading = Render("## ملفات تعريف الارتباط (كوكيز) und (Stabsstelle Integration)").QuerySelector("h2 > bdi")!;

        Assert.Equal(["(كوكيز)", "(Stabsstelle Integration)"], heading.QuerySelectorAll("bdi.bidi-group").Select(g => g.TextContent));
        Assert.Equal("ملفات تعريف الارتباط (كوكيز) und (Stabsstelle Integration)", heading.TextContent);
    }

    [Theory]
    [InlineData("# Eins", "h2")]
    [InlineData("## Zwei", "h2")]
    [InlineData("### Drei", "h3")]
    [InlineData("#### Vier", "h4")]
    [InlineData("###### Sechs", "h4")]
    [InlineData("Unterstrichen\n===", "h2")]
    public void Render_AnyHeadingLevel_ClampsBelowTheH1AndAtMostThreeDeep(string markdown, string element)
    {
        var html = Render(markdown);

        Assert.Empty(html.QuerySelectorAll("h1"));
        Assert.Equal(element, Assert.Single(html.Children).LocalName);
    }

    [Theory]
    [InlineData("# Eins", "h3")]
    [InlineData("## Zwei", "h3")]
    [InlineData("### Drei", "h4")]
    [InlineData("###### Sechs", "h5")]
    public void Render_TopLevelThree_ShiftsBelowASectionHeading(string markdown, string element)
    {
        var html = Render(markdown, topHeadingLevel: 3);

        Assert.Equal(element, Assert.Single(html.Children).LocalName);
    }

    [Fact]
    public void Render_BulletAndNumberedLists_MakesListItems()
    {
        var html = Render("- Deutschkurse\n- Beratung\n\n3. erstens\n4. zweitens");

        var lists = html.QuerySelectorAll(".rich-text-list");
        Assert.Equal(["ul", "ol"], lists.Select(l => l.LocalName));
        Assert.Equal(["Deutschkurse", "Beratung"], lists[0].Children.Select(li => li.TextContent));
        Assert.Equal("3", lists[1].GetAttribute("start"));
    }

    [Fact]
    public void Render_BoldAndItalic_MakesStrongAndEm()
    {
        var html = Render("Bitte **Ausweis** und *Meldebescheinigung* mitbringen.");

        Assert.Equal("Ausweis", html.QuerySelector("p > strong")!.TextContent);
        Assert.Equal("Meldebescheinigung", html.QuerySelector("p > em")!.TextContent);
    }

    [Fact]
    public void Render_SingleLineBreaks_KeepTheirLines()
    {
        var html = Render("Stadt Oldenburg\nMarkt 1\n26122 Oldenburg");

        var paragraph = Assert.Single(html.Children);
        Assert.Equal(2, paragraph.QuerySelectorAll("br").Length);
        Assert.Equal("Stadt Oldenburg", paragraph.FirstChild!.TextContent);
    }

    [Fact]
    public void Render_ExternalLink_GetsClassRelationAndOwnDirection()
    {
        var link = Render("Mehr bei [der Volkshochschule](https://www.vhs-ol.de/kurse).").QuerySelector("a")!;

        Assert.Equal("https://www.vhs-ol.de/kurse", link.GetAttribute("href"));
        Assert.Equal("kern-link", link.ClassName);
        Assert.Equal("noopener external", link.GetAttribute("rel"));
        Assert.Equal("auto", link.GetAttribute("dir"));
    }

    [Theory]
    [InlineData("[Angebote](/de/offers)", "/de/offers")]
    [InlineData("[Schreiben](mailto:integration@example.org)", "mailto:integration@example.org")]
    [InlineData("[Anrufen](tel:+494412350)", "tel:+494412350")]
    [InlineData("Siehe www.oldenburg.de bitte", "http://www.oldenburg.de")]
    public void Render_SiteMailPhoneAndBareLinks_AreKeptWithoutExternalRelation(string markdown, string href)
    {
        var link = Render(markdown).QuerySelector("a")!;

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(href.StartsWith("http", StringComparison.Ordinal), link.HasAttribute("rel"));
    }

    [Theory]
    [InlineData("[klick](javascript:alert(1))")]
    [InlineData("[klick](vbscript:msgbox(1))")]
    [InlineData("[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<javascript:alert(1)>")]
    public void Render_ForbiddenScheme_LeavesTextWithoutLink(string markdown)
    {
        var html = Render(markdown);

        Assert.Empty(html.QuerySelectorAll("a, [href]"));
        Assert.NotEmpty(html.TextContent);
    }

    [Fact]
    public void Render_RawHtml_StaysVisibleText()
    {
        var html = Render("Vorher <b>fett</b> <script>alert(1)</script>");

        Assert.Empty(html.QuerySelectorAll("b, script"));
        Assert.Equal("Vorher <b>fett</b> <script>alert(1)</script>", html.TextContent.Trim());
    }

    [Fact]
    public void Render_IndentedText_IsAParagraphNotCode()
    {
        var html = Render("    eingerückter Satz");

        Assert.Equal("p", Assert.Single(html.Children).LocalName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Render_NoText_IsEmpty(string? markdown) =>
        Assert.Equal("", ToString(s_renderer.Render(markdown)));

    [Fact]
    public void Render_XssCorpus_PassesTheChecks()
    {
        var problems = XssVectors.All.SelectMany(v => XssChecks.Violations(Render(v)).Select(p => $"«{v}»: {p}")).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Render_XssCorpusWithoutSanitizer_IsCaughtByTheChecks()
    {
        // Shows that the corpus and the checks can fail: Markdown alone lets foreign URL schemes through.
        var unsanitized = new RichTextRenderer(sanitize: false);

        var caught = XssVectors.All.Count(v => XssChecks.Violations(Parse(ToString(unsanitized.Render(v)))).Count > 0);

        Assert.True(caught >= 10, $"Only {caught} vectors caught without the sanitizer.");
    }

    private static IElement Render(string markdown, int topHeadingLevel = RichTextRenderer.DefaultTopHeadingLevel) =>
        Parse(ToString(s_renderer.Render(markdown, topHeadingLevel)));

    private static IElement Parse(string html) =>
        new HtmlParser().ParseDocument($"<body><div>{html}</div></body>").Body!.FirstElementChild!;

    private static string ToString(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
