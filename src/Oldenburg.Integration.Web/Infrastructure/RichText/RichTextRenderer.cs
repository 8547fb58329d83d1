using Ganss.Xss;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;

namespace Oldenburg.Integration.Web.Infrastructure.RichText;

/// <summary>
/// Turns what editors write in long-text fields (a small Markdown subset) into HTML for public pages.
/// Raw HTML in the text stays text, and the HTML Markdig produces still passes an allow-list, so a
/// field can never carry script, event handlers, styles or foreign URL schemes onto a page.
/// </summary>
/// <remarks>
/// Thread-safe: the pipeline and the sanitizer are built once and only read afterwards.
/// Output is not cached: rendering is cheap next to the database query, and whole pages are output-cached.
/// </remarks>
public sealed class RichTextRenderer
{
    /// <summary>Below a page's h1, the first level an editor's heading may take.</summary>
    public const int DefaultTopHeadingLevel = 2;

    /// <summary>Deeper levels help nobody scanning a page and read as noise to screen-reader users.</summary>
    public const int MaxHeadingDepth = 3;

    private readonly MarkdownPipeline _pipeline;
    private readonly HtmlSanitizer _sanitizer;

    public RichTextRenderer()
        : this(sanitize: true)
    {
    }

    /// <summary>Only tests switch sanitizing off, to show that the XSS corpus would get through without it.</summary>
    internal RichTextRenderer(bool sanitize)
    {
        var builder = new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseSoftlineBreakAsHardlineBreak()
            .UseAutoLinks();

        // Editors indent text for looks; as Markdown that would turn their paragraph into code.
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        builder.BlockParsers.TryRemove<FencedCodeBlockParser>();
        _pipeline = builder.Build();
        _sanitizer = RichTextPolicy.CreateSanitizer();
        Sanitizes = sanitize;
    }

    internal bool Sanitizes { get; }

    /// <summary>
    /// HTML for <paramref name="markdown"/>, empty for null or blank text. Headings start at
    /// <paramref name="topHeadingLevel"/> ("#" and "##" both), so an editor never writes a second h1,
    /// and go at most <see cref="MaxHeadingDepth"/> levels deep.
    /// </summary>
    public IHtmlContent Render(string? markdown, int topHeadingLevel = DefaultTopHeadingLevel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(topHeadingLevel, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(topHeadingLevel, 6 - MaxHeadingDepth + 1);
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // "##" is the documented subheading; "#" means the same, since the page already has its h1.
            var depth = Math.Clamp(heading.Level - 2, 0, MaxHeadingDepth - 1);
            heading.Level = topHeadingLevel + depth;
        }

        var html = document.ToHtml(_pipeline);
        return new HtmlString(Sanitizes ? _sanitizer.Sanitize(html) : html);
    }

    /// <summary>
    /// The words of <paramref name="markdown"/> without its markup, for search and snippets: raw HTML
    /// stays text, as on the page, so a search finds what a reader sees.
    /// </summary>
    public string PlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, _pipeline).Trim();
}
