using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Oldenburg.Integration.Web.Features.Shared;

/// <summary>
/// Short texts that staff type (names and titles), isolated for the page's text direction: a stray U+202E
/// or a Latin name inside Arabic text must not reorder the words around it.
/// </summary>
public static class UserText
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    /// <summary>
    /// A &lt;bdi&gt; with the text encoded. A parenthesised part gets its own isolate that the layout keeps
    /// on one line where it fits, so "مكتب الاندماج (Stabsstelle Integration)" never splits its brackets.
    /// </summary>
    public static IHtmlContent Isolate(string? text)
    {
        var html = new StringBuilder("<bdi>");
        var rest = text ?? string.Empty;
        while (rest.IndexOf('(', StringComparison.Ordinal) is var open and >= 0
            && rest.IndexOf(')', open) is var close and >= 0)
        {
            html.Append(HtmlEncoder.Default.Encode(rest[..open]))
                .Append("<bdi class=\"bidi-group\">")
                .Append(HtmlEncoder.Default.Encode(rest[open..(close + 1)]))
                .Append("</bdi>");
            rest = rest[(close + 1)..];
        }

        return new HtmlString(html.Append(HtmlEncoder.Default.Encode(rest)).Append("</bdi>").ToString());
    }

    /// <summary>For plain-text places such as &lt;title&gt;, where no element can isolate.</summary>
    public static string IsolatePlain(string? text) => $"{FirstStrongIsolate}{text}{PopDirectionalIsolate}";
}
