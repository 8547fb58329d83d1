using AngleSharp.Dom;
using Ganss.Xss;

namespace Oldenburg.Integration.Web.Infrastructure.RichText;

/// <summary>
/// What may reach a page from a rich-text field: the elements the Markdown subset produces, links
/// only to web, mail and phone addresses, and no attribute an editor could choose beyond href and a
/// list's start number. Classes and link relations are added here, after the allow-list, so editors
/// cannot set them.
/// </summary>
internal static class RichTextPolicy
{
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "hr",
    };

    public static readonly IReadOnlySet<string> AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "mailto", "tel",
    };

    public static HtmlSanitizer CreateSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase);
        options.AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "start" };
        options.AllowedSchemes = new HashSet<string>(AllowedSchemes, StringComparer.OrdinalIgnoreCase);
        options.UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = false };
        sanitizer.PostProcessDom += (_, e) => Decorate(e.Document.Body);
        return sanitizer;
    }

    private static void Decorate(IElement? root)
    {
        if (root is null)
        {
            return;
        }

        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            switch (element.LocalName)
            {
                case "p":
                    element.ClassName = "kern-body";
                    break;
                case "h2":
                    IsolateContent(element, "kern-heading-medium");
                    break;
                case "h3" or "h4" or "h5" or "h6":
                    IsolateContent(element, "kern-heading-small");
                    break;
                case "ul" or "ol":
                    element.ClassName = "rich-text-list";
                    break;
                case "blockquote":
                    element.ClassName = "rich-text-quote";
                    break;
                case "a":
                    DecorateLink(element);
                    break;
            }
        }
    }

    /// <summary>
    /// Subheadings are isolated like every other heading staff write (see UserText.Isolate), with a
    /// parenthesised part kept together, so "(Stabsstelle Integration)" never splits inside Arabic.
    /// </summary>
    private static void IsolateContent(IElement heading, string className)
    {
        heading.ClassName = className;
        var document = heading.Owner!;
        var bdi = document.CreateElement("bdi");
        while (heading.FirstChild is { } child)
        {
            bdi.AppendChild(child);
        }

        heading.AppendChild(bdi);
        foreach (var text in bdi.ChildNodes.OfType<IText>().ToList())
        {
            var rest = text.Data;
            while (rest.IndexOf('(', StringComparison.Ordinal) is var open and >= 0
                && rest.IndexOf(')', open) is var close and >= 0)
            {
                var group = document.CreateElement("bdi");
                group.ClassName = "bidi-group";
                group.TextContent = rest[open..(close + 1)];
                bdi.InsertBefore(document.CreateTextNode(rest[..open]), text);
                bdi.InsertBefore(group, text);
                rest = rest[(close + 1)..];
            }

            text.Data = rest;
        }
    }

    private static void DecorateLink(IElement link)
    {
        var href = link.GetAttribute("href");
        if (string.IsNullOrWhiteSpace(href))
        {
            // The sanitizer dropped a forbidden URL: what is left is text, not a link that goes nowhere.
            Unwrap(link);
            return;
        }

        link.ClassName = "kern-link";

        // A Latin address inside Arabic text keeps its own order, and its neighbours theirs.
        link.SetAttribute("dir", "auto");
        if (IsExternal(href))
        {
            link.SetAttribute("rel", "noopener external");
        }
    }

    private static bool IsExternal(string href) =>
        href.StartsWith("//", StringComparison.Ordinal)
        || (Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } child)
        {
            parent.InsertBefore(child, element);
        }

        parent.RemoveChild(element);
    }
}
