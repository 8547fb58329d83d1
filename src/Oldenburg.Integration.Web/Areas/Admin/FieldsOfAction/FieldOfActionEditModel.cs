using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data.Configurations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.FieldsOfAction;

/// <summary>What the field-of-action form posts. The linked tasks and partners are ids, checked against the database on save.</summary>
public sealed class FieldOfActionEditModel
    : WorkflowEditModel<FieldOfActionTextEditModel>, IValidatableObject, IWorkflowEditModel, IEditModelFor<FieldOfAction, FieldOfActionEditModel>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(ContentConfigurationExtensions.SlugMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [Display(Name = "Sprungmarke (Slug)")]
    public string Slug { get; set; } = "";

    [Range(0, 999, ErrorMessage = "Validation.Range")]
    [Display(Name = "Reihenfolge")]
    public int SortOrder { get; set; }

    [Display(Name = "Aufgaben der Stabsstelle")]
    public List<int> OfferIds { get; set; } = [];

    [Display(Name = "Partner, die es umsetzen")]
    public List<int> PartnerIds { get; set; } = [];

    public static FieldOfActionEditModel Empty() => new() { Texts = [.. SupportedCultures.Names.Select(c => new FieldOfActionTextEditModel { Culture = c })] };

    public static FieldOfActionEditModel From(FieldOfAction field) => new()
    {
        Slug = field.Slug,
        SortOrder = field.SortOrder,
        OfferIds = [.. field.Offers.Select(o => o.Id).Order()],
        PartnerIds = [.. field.Partners.Select(p => p.Id).Order()],
        State = field.State,
        LoadedState = field.State,
        LoadedVersion = field.UpdatedAt.Ticks,
        Texts = [.. SupportedCultures.Names.Select(c => FieldOfActionTextEditModel.From(c, field.Translations.FirstOrDefault(t => t.Culture == c)))],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        TranslationTexts.Validate(
            Texts,
            nameof(Texts),
            new RequiredText<FieldOfActionTextEditModel>(nameof(FieldOfActionTextEditModel.Title), t => t.Title, "Bitte geben Sie einen deutschen Titel ein.", "den Titel"),
            new RequiredText<FieldOfActionTextEditModel>(nameof(FieldOfActionTextEditModel.Goal), t => t.Goal, "Bitte geben Sie das Ziel auf Deutsch ein.", "das Ziel"));

    /// <summary>Copies everything but the links, which need loaded entities.</summary>
    public void ApplyTo(FieldOfAction field)
    {
        field.Slug = Slug.Trim();
        field.SortOrder = SortOrder;
        field.State = State;
        TranslationTexts.ApplyTo(Texts, field.Translations, (text, translation) =>
        {
            translation.Title = text.Title?.Trim() ?? "";
            translation.Goal = text.Goal?.Trim() ?? "";
            translation.MeasuresText = string.Join('\n', MeasureLines.Split(text.Measures));
        });
    }
}

public sealed class FieldOfActionTextEditModel : ITextEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(FieldOfActionTranslation.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [StringLength(FieldOfActionTranslation.GoalMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Ziel")]
    public string? Goal { get; set; }

    [StringLength(FieldOfActionTranslation.MeasuresMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Maßnahmen (eine pro Zeile)")]
    public string? Measures { get; set; }

    public bool IsEmpty => new[] { Title, Goal, Measures }.All(string.IsNullOrWhiteSpace);

    public static FieldOfActionTextEditModel From(string culture, FieldOfActionTranslation? translation) => new()
    {
        Culture = culture,
        Title = translation?.Title,
        Goal = translation?.Goal,
        Measures = translation?.MeasuresText,
    };
}
