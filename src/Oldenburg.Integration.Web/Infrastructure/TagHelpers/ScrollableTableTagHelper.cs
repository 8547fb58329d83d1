using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Oldenburg.Integration.Web.Infrastructure.TagHelpers;

/// <summary>
/// A wide table scrolls sideways inside its wrapper on a phone. Keyboard users can scroll it only if
/// the wrapper takes focus (WCAG 2.1.1), and on focus a screen reader should say which table it is:
/// so every wrapper becomes a focusable region named after its table's caption.
/// </summary>
[HtmlTargetElement("div", Attributes = "[class=kern-table-responsive]")]
public sealed partial class ScrollableTableTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = (await output.GetChildContentAsync()).GetContent();
        output.Attributes.SetAttribute("tabindex", "0");
        if (Caption().Match(content) is { Success: true } caption)
        {
            var name = WebUtility.HtmlDecode(Tags().Replace(caption.Groups[1].Value, " ")).Trim();
            output.Attributes.SetAttribute("role", "region");
            output.Attributes.SetAttribute("aria-label", Spaces().Replace(name, " "));
        }

        output.Content.SetHtmlContent(content);
    }

    [GeneratedRegex(@"<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
