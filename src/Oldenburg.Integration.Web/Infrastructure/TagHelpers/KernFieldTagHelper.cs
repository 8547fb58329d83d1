using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Oldenburg.Integration.Web.Infrastructure.TagHelpers;

/// <summary>
/// One KERN form field: label, optional hint, the error next to the field, and the input or
/// textarea, wired together with ids and aria attributes. Every form uses it, so a field cannot
/// forget its label or its error message.
/// </summary>
[HtmlTargetElement("kern-field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class KernFieldTagHelper(IHtmlGenerator generator, IStringLocalizer<SharedResource> localizer) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string? Hint { get; set; }

    /// <summary>text (default), email, tel, number, time, datetime-local, password, url, or textarea.</summary>
    public string Type { get; set; } = "text";

    public int Rows { get; set; } = 4;

    /// <summary>The language of the text typed into the field (translations), for spelling and screen readers.</summary>
    public string? Lang { get; set; }

    public string? Autocomplete { get; set; }

    /// <summary>Ids of further elements that describe the field, such as a help text shared by several fields.</summary>
    public string? DescribedBy { get; set; }

    /// <summary>Overrides the model's [Required] where a rule depends on context (the German text of a translation set).</summary>
    public bool? Mandatory { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;
        var describedBy = new List<string>();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", hasError ? "kern-form-input kern-form-input--error" : "kern-form-input");

        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, For.Name, labelText: null, htmlAttributes: new { @class = "kern-label" });
        output.Content.AppendHtml(label);
        if (!(Mandatory ?? For.Metadata.IsRequired) && For.Metadata.ModelType != typeof(bool))
        {
            var optional = new TagBuilder("span");
            optional.AddCssClass("kern-label__optional");
            optional.InnerHtml.Append($" ({localizer["Form.Optional"]})");
            output.Content.AppendHtml(optional);
        }

        if (!string.IsNullOrEmpty(Hint))
        {
            var hint = new TagBuilder("div");
            hint.AddCssClass("kern-hint");
            hint.Attributes["id"] = id + "-hint";
            hint.InnerHtml.Append(Hint);
            output.Content.AppendHtml(hint);
            describedBy.Add(id + "-hint");
        }

        if (hasError)
        {
            var error = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, For.Name, message: null, tag: "p", htmlAttributes: new { @class = "kern-error", id = id + "-error" });
            output.Content.AppendHtml(error);
            describedBy.Add(id + "-error");
        }

        if (!string.IsNullOrWhiteSpace(DescribedBy))
        {
            describedBy.Add(DescribedBy.Trim());
        }

        var attributes = new Dictionary<string, object?>
        {
            ["class"] = hasError ? "kern-form-input__input kern-form-input__input--error" : "kern-form-input__input",
        };
        if (describedBy.Count > 0)
        {
            attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        if (!string.IsNullOrEmpty(Lang))
        {
            attributes["lang"] = Lang;
            attributes["dir"] = SupportedCultureDirection(Lang);
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (Type == "textarea")
        {
            output.Content.AppendHtml(generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, Rows, columns: 0, htmlAttributes: attributes));
        }
        else if (Type == "password")
        {
            attributes["type"] = "password";
            output.Content.AppendHtml(generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, value: null, htmlAttributes: attributes));
        }
        else
        {
            attributes["type"] = Type;
            output.Content.AppendHtml(generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, format: FormatOf(Type), htmlAttributes: attributes));
        }
    }

    // The formats the browser's date and time inputs read, whatever the request's culture.
    private static string? FormatOf(string type) => type switch
    {
        "date" => "{0:yyyy-MM-dd}",
        "time" => "{0:HH\\:mm}",
        "datetime-local" => "{0:yyyy-MM-dd'T'HH\\:mm}",
        _ => null,
    };

    private static string SupportedCultureDirection(string culture) =>
        Localization.SupportedCultures.IsRightToLeft(culture) ? "rtl" : "ltr";
}
