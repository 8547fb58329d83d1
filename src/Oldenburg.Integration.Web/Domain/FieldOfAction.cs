namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// A field of action ("Handlungsfeld") of the integration concept: a goal and the measures towards
/// it, carried out by the office's tasks and by directory partners. Its slug is its anchor on the
/// concept page.
/// </summary>
public class FieldOfAction : ContentItem, ITranslatedContent<FieldOfActionTranslation>
{
    public int SortOrder { get; set; }

    public ICollection<FieldOfActionTranslation> Translations { get; set; } = [];

    public ICollection<Offer> Offers { get; set; } = [];

    public ICollection<Partner> Partners { get; set; } = [];
}

public class FieldOfActionTranslation : ContentTranslation, ITitledText
{
    public const int TitleMaxLength = 200;
    public const int GoalMaxLength = 4_000;
    public const int MeasuresMaxLength = 8_000;

    public int FieldOfActionId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Rich text.</summary>
    public string Goal { get; set; } = "";

    /// <summary>One measure per line (see <see cref="Measures"/>), so each language keeps its own list in step with the German one.</summary>
    public string MeasuresText { get; set; } = "";

    public IReadOnlyList<string> Measures => MeasureLines.Split(MeasuresText);
}

/// <summary>The one rule for turning the measures field into a list: one per line, blank lines and list bullets dropped.</summary>
public static class MeasureLines
{
    public static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split('\n').Select(l => l.Trim().TrimStart('-', '*', '•').Trim()).Where(l => l.Length > 0)];
}
