using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Oldenburg.Integration.Web.Features.Search;

/// <summary>
/// A text with marked ranges, written as HTML: every piece of the text goes through the page's
/// encoder and only the <c>&lt;mark&gt;</c> elements are markup, so no stored text or query can add any.
/// </summary>
public sealed class HighlightedText(string text, IReadOnlyList<(int Start, int End)> marks, bool cutBefore, bool cutAfter) : IHtmlContent
{
    public string Text => text;

    public IReadOnlyList<(int Start, int End)> Marks => marks;

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        if (cutBefore)
        {
            writer.Write("… ");
        }

        var at = 0;
        foreach (var (start, end) in marks)
        {
            encoder.Encode(writer, text, at, start - at);
            writer.Write("<mark>");
            encoder.Encode(writer, text, start, end - start);
            writer.Write("</mark>");
            at = end;
        }

        encoder.Encode(writer, text, at, text.Length - at);
        if (cutAfter)
        {
            writer.Write(" …");
        }
    }

    public override string ToString()
    {
        using var writer = new StringWriter();
        WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
