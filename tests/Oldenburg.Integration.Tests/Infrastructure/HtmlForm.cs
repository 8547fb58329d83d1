using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// A form read from a page: its fields as a browser would submit them, and a way to post it
/// back with some values changed.
/// </summary>
public sealed class HtmlForm(IHtmlFormElement element)
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    public IHtmlFormElement Element { get; } = element;

    /// <summary>Where the browser would send it: the action attribute, or the page itself.</summary>
    public Uri Action
    {
        get
        {
            var pageUri = new Uri(Element.Owner?.Url ?? "https://localhost/");
            var action = Element.GetAttribute("action");
            return string.IsNullOrEmpty(action) ? pageUri : new Uri(pageUri, action);
        }
    }

    public string? AntiforgeryToken => Fields.FirstOrDefault(f => f.Key == AntiforgeryField).Value;

    /// <summary>Successful controls in document order (HTML's form-submission rules, without files).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields
    {
        get
        {
            var fields = new List<KeyValuePair<string, string>>();
            foreach (var control in Element.Elements)
            {
                var name = control.GetAttribute("name");
                if (string.IsNullOrEmpty(name) || control.HasAttribute("disabled"))
                {
                    continue;
                }

                switch (control)
                {
                    case IHtmlInputElement input when input.Type is "submit" or "button" or "reset" or "image" or "file":
                        break;
                    case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                        if (input.IsChecked)
                        {
                            fields.Add(new(name, input.GetAttribute("value") ?? "on"));
                        }

                        break;
                    case IHtmlInputElement input:
                        fields.Add(new(name, input.Value));
                        break;
                    case IHtmlTextAreaElement textArea:
                        fields.Add(new(name, textArea.Value));
                        break;
                    case IHtmlSelectElement select:
                        var selected = select.Options.Where(o => o.IsSelected).ToList();
                        if (selected.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                        {
                            selected.Add(select.Options[0]!);
                        }

                        fields.AddRange(selected.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                        break;
                }
            }

            return fields;
        }
    }

    public string? Value(string name) => Fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>The form's field (input, textarea or select) with this name.</summary>
    public IElement Field(string name) =>
        Element.Elements.FirstOrDefault(e => e.GetAttribute("name") == name)
        ?? throw new InvalidOperationException($"The form has no field '{name}'.");

    /// <summary>
    /// Posts the fields with <paramref name="changes"/> applied (a changed name replaces all its
    /// values; an unknown name is added) and <paramref name="omit"/> left out.
    /// </summary>
    public Task<HttpResponseMessage> PostAsync(
        HttpClient client,
        IReadOnlyDictionary<string, string>? changes = null,
        IEnumerable<string>? omit = null) => PostToAsync(client, Action, changes, omit);

    /// <summary>Like <see cref="PostAsync"/>, to another address (e.g. the same path on another instance of the site).</summary>
    public Task<HttpResponseMessage> PostToAsync(
        HttpClient client,
        Uri target,
        IReadOnlyDictionary<string, string>? changes = null,
        IEnumerable<string>? omit = null)
    {
        var omitted = new HashSet<string>(omit ?? [], StringComparer.Ordinal);
        var fields = Fields.Where(f => !omitted.Contains(f.Key)).ToList();
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            var index = fields.FindIndex(f => f.Key == name);
            fields.RemoveAll(f => f.Key == name);
            fields.Insert(index < 0 ? fields.Count : index, new(name, value));
        }

        return client.PostAsync(target, new FormUrlEncodedContent(fields));
    }
}
