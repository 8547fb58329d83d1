using AngleSharp.Dom;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>What may not appear in rendered rich text, checked on the parsed page as a browser would see it.</summary>
public static class XssChecks
{
    private static readonly HashSet<string> s_forbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link",
        "form", "input", "button", "svg", "math", "img", "template",
    };

    private static readonly string[] s_forbiddenSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>Every problem found under <paramref name="area"/>, each naming the element; empty when clean.</summary>
    public static IReadOnlyList<string> Violations(IElement area)
    {
        var problems = new List<string>();
        foreach (var element in area.Descendants<IElement>().Prepend(area))
        {
            if (s_forbiddenElements.Contains(element.LocalName))
            {
                problems.Add($"<{element.LocalName}> element");
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{name} on <{element.LocalName}>");
                }
                else if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"style on <{element.LocalName}>");
                }
                else if (HasForbiddenScheme(attribute.Value))
                {
                    problems.Add($"{name}=\"{attribute.Value}\" on <{element.LocalName}>");
                }
            }
        }

        return problems;
    }

    /// <summary>As browsers read a URL: control characters and whitespace inside a scheme are ignored.</summary>
    private static bool HasForbiddenScheme(string value)
    {
        var compact = new string([.. value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        return s_forbiddenSchemes.Any(s => compact.Contains(s, StringComparison.OrdinalIgnoreCase));
    }
}
