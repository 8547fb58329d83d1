namespace Oldenburg.Integration.Web.Features.Shared;

/// <summary>Editors write plain text; a blank line starts a new paragraph. Nothing is rendered as HTML.</summary>
public static class TextBlocks
{
    /// <summary>What marks a line as a subheading in longer texts (standing pages).</summary>
    public const string HeadingMarker = "## ";

    public static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.ReplaceLineEndings("\n")
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>
    /// Splits a text at lines starting with "## " into sections with a subheading; the text before
    /// the first such line is a section without one. Each section's text keeps its blank lines, so
    /// it still goes through <see cref="Paragraphs"/>. Only the marker has meaning, so this stays
    /// as safe as plain paragraphs: headings and text are both encoded when rendered.
    /// </summary>
    public static IReadOnlyList<TextSection> Sections(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var sections = new List<TextSection>();
        string? heading = null;
        var body = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (!trimmed.StartsWith(HeadingMarker, StringComparison.Ordinal) || trimmed[HeadingMarker.Length..].Trim().Length == 0)
            {
                body.Add(line);
                continue;
            }

            Add(sections, heading, body);
            heading = trimmed[HeadingMarker.Length..].Trim();
            body.Clear();
        }

        Add(sections, heading, body);
        return sections;
    }

    private static void Add(List<TextSection> sections, string? heading, List<string> body)
    {
        var text = string.Join('\n', body).Trim();
        if (heading is not null || text.Length > 0)
        {
            sections.Add(new TextSection(heading, text));
        }
    }
}

public sealed record TextSection(string? Heading, string Body);
