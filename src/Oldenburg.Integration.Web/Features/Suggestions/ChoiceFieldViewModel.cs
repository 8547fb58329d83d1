namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>One lookup field for _Choices.cshtml; shared by the public form and the staff review form.</summary>
public sealed record ChoiceFieldViewModel(
    string Name,
    string Label,
    IReadOnlyList<LookupOption> Options,
    IReadOnlyCollection<string> Selected,
    bool Multiple,
    string EmptyText,
    string? Hint = null,
    string? OptionalText = null);
