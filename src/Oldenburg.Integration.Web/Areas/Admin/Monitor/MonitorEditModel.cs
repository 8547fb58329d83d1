using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Monitor;

/// <summary>What the indicator form posts. Values are entered in their own grid (<see cref="MonitorValuesController"/>).</summary>
public sealed class MonitorEditModel : WorkflowEditModel<MonitorTextEditModel>, IValidatableObject, IWorkflowEditModel, IEditModelFor<MonitorIndicator, MonitorEditModel>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(120, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [NotReservedSlug]
    [Display(Name = "Adresse (Slug)")]
    public string Slug { get; set; } = "";

    [Display(Name = "Dimension")]
    public string Dimension { get; set; } = MonitorDimensions.Demography;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MonitorIndicator.SourceMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Quelle")]
    public string Source { get; set; } = "";

    [Range(0, MonitorIndicator.MaxDecimals, ErrorMessage = "Validation.Range")]
    [Display(Name = "Nachkommastellen")]
    public int Decimals { get; set; }

    [Display(Name = "Aufschlüsselung")]
    public MonitorBreakdown Breakdown { get; set; }

    [Display(Name = "Diagrammart")]
    public MonitorChartKind ChartKind { get; set; }

    [Range(0, 10_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Reihenfolge")]
    public int SortOrder { get; set; }

    [Display(Name = "Beispieldaten")]
    public bool IsSample { get; set; }

    public static MonitorEditModel Empty() => new() { Texts = [.. SupportedCultures.Names.Select(c => new MonitorTextEditModel { Culture = c })] };

    public static MonitorEditModel From(MonitorIndicator item) => new()
    {
        Slug = item.Slug,
        Dimension = item.Dimension,
        Source = item.Source,
        Decimals = item.Decimals,
        Breakdown = item.Breakdown,
        ChartKind = item.ChartKind,
        SortOrder = item.SortOrder,
        IsSample = item.IsSample,
        State = item.State,
        LoadedState = item.State,
        LoadedVersion = item.UpdatedAt.Ticks,
        Texts = [.. SupportedCultures.Names.Select(c => MonitorTextEditModel.From(c, item.Translations.FirstOrDefault(t => t.Culture == c)))],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MonitorDimensions.All.Contains(Dimension))
        {
            yield return new ValidationResult("Bitte wählen Sie eine Dimension.", [nameof(Dimension)]);
        }

        if (!Enum.IsDefined(Breakdown) || !Enum.IsDefined(ChartKind))
        {
            yield return new ValidationResult("Bitte wählen Sie Aufschlüsselung und Diagrammart.", [nameof(ChartKind)]);
        }
        else if (ChartKind == MonitorChartKind.Comparison && Breakdown != MonitorBreakdown.Groups)
        {
            yield return new ValidationResult("Der Gruppenvergleich braucht die Aufschlüsselung „nach Gruppen“.", [nameof(ChartKind)]);
        }

        foreach (var result in TranslationTexts.Validate(
            Texts,
            nameof(Texts),
            new RequiredText<MonitorTextEditModel>(nameof(MonitorTextEditModel.Title), t => t.Title, "Bitte geben Sie einen deutschen Namen ein.", "den Namen"),
            new RequiredText<MonitorTextEditModel>(nameof(MonitorTextEditModel.Definition), t => t.Definition, "Bitte geben Sie eine deutsche Definition ein.", "die Definition")))
        {
            yield return result;
        }
    }

    public void ApplyTo(MonitorIndicator item)
    {
        item.Slug = Slug.Trim();
        item.Dimension = Dimension;
        item.Source = Source.Trim();
        item.Decimals = Decimals;
        item.Breakdown = Breakdown;
        item.ChartKind = ChartKind;
        item.SortOrder = SortOrder;
        item.IsSample = IsSample;
        item.State = State;
        TranslationTexts.ApplyTo(Texts, item.Translations, (text, translation) =>
        {
            translation.Title = text.Title?.Trim() ?? "";
            translation.Definition = text.Definition?.Trim() ?? "";
            translation.Unit = text.Unit?.Trim() ?? "";
            translation.Notes = text.Notes?.Trim() ?? "";
        });
    }
}

public sealed class MonitorTextEditModel : ITextEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(MonitorIndicatorText.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Name")]
    public string? Title { get; set; }

    [StringLength(MonitorIndicatorText.DefinitionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Definition")]
    public string? Definition { get; set; }

    [StringLength(MonitorIndicatorText.UnitMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Einheit")]
    public string? Unit { get; set; }

    [StringLength(MonitorIndicatorText.NotesMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hinweise zur Zeitreihe")]
    public string? Notes { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Definition) && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(Notes);

    public static MonitorTextEditModel From(string culture, MonitorIndicatorText? text) => new()
    {
        Culture = culture,
        Title = text?.Title,
        Definition = text?.Definition,
        Unit = text?.Unit,
        Notes = text?.Notes,
    };
}
