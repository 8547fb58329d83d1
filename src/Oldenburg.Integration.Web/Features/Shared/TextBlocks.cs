namespace Oldenburg.Integration.Web.Features.Shared;

/// <summary>Editors write plain text; a blank line starts a new paragraph. Nothing is rendered as HTML.</summary>
public static class TextBlocks
{
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.ReplaceLineEndings("\n")
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
