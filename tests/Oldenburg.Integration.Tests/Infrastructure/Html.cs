using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Turns responses into AngleSharp documents, so tests query markup like a browser would.</summary>
public static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var content = await response.Content.ReadAsStringAsync();
        return await ParseAsync(content, response.RequestMessage?.RequestUri);
    }

    public static async Task<IDocument> ParseAsync(string content, Uri? address = null)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request =>
        {
            request.Content(content);
            request.Address(address ?? new Uri("https://localhost/"));
        });
    }

    /// <summary>GETs a page and parses it; the response stays available for status and headers.</summary>
    public static async Task<Page> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        var raw = await response.Content.ReadAsStringAsync();
        return new Page(response, raw, await ParseAsync(raw, response.RequestMessage?.RequestUri));
    }

    /// <summary>The form that contains a field with this name, e.g. "Password" for the login form.</summary>
    public static HtmlForm FormWithField(this IDocument document, string fieldName)
    {
        var form = document.QuerySelectorAll<IHtmlFormElement>("form")
            .FirstOrDefault(f => f.Elements.Any(e => e.GetAttribute("name") == fieldName));
        Assert.True(form is not null, $"No form with a field '{fieldName}' on {document.Url}.");
        return new HtmlForm(form);
    }

    /// <summary>Text as a reader sees it: whitespace runs collapsed to one space.</summary>
    public static string NormalizedText(this INode node) =>
        string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Path and query of a link as the browser would resolve it against the page address.</summary>
    public static string ResolvedPath(this IElement element, string attribute = "href")
    {
        var value = element.GetAttribute(attribute) ?? "";
        var baseUri = new Uri(element.Owner?.Url ?? "https://localhost/");
        return Uri.TryCreate(baseUri, value, out var resolved) ? resolved.PathAndQuery : value;
    }
}

public sealed record Page(HttpResponseMessage Response, string Raw, IDocument Document)
{
    public System.Net.HttpStatusCode Status => Response.StatusCode;

    public string Text => Document.Body?.NormalizedText() ?? "";
}
