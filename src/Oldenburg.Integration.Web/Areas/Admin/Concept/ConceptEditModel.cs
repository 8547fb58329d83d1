using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Concept;

/// <summary>What the concept form posts: the texts of the concept page above its fields of action.</summary>
public sealed class ConceptEditModel : IValidatableObject, IContentEditModel
{
    public long LoadedVersion { get; set; }

    /// <summary>What the editor meant by this save, not content: kept out of revisions.</summary>
    [Display(Name = "Kleine Korrektur")]
    [NotInRevision]
    public bool MinorChange { get; set; }

    /// <summary>The publication that holds the concept document; null: none yet, the page shows the placeholder.</summary>
    [Display(Name = "Dokument des Konzepts")]
    public int? PublicationId { get; set; }

    public List<ConceptTextEditModel> Texts { get; set; } = [];

    public IEnumerable<ITextEditModel> TextBlocks => Texts;

    public static ConceptEditModel Empty() => new() { Texts = [.. SupportedCultures.Names.Select(c => new ConceptTextEditModel { Culture = c })] };

    public static ConceptEditModel From(IntegrationConcept concept) => new()
    {
        LoadedVersion = concept.UpdatedAt.Ticks,
        PublicationId = concept.PublicationId,
        Texts = [.. SupportedCultures.Names.Select(c => ConceptTextEditModel.From(c, concept.Translations.FirstOrDefault(t => t.Culture == c)))],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        TranslationTexts.Validate(
            Texts,
            nameof(Texts),
            new RequiredText<ConceptTextEditModel>(nameof(ConceptTextEditModel.Title), t => t.Title, "Bitte geben Sie einen deutschen Titel ein.", "den Titel"),
            new RequiredText<ConceptTextEditModel>(nameof(ConceptTextEditModel.Purpose), t => t.Purpose, "Bitte beschreiben Sie auf Deutsch, wozu das Konzept dient.", "den Zweck des Konzepts"));

    public void ApplyTo(IntegrationConcept concept)
    {
        concept.PublicationId = PublicationId;
        TranslationTexts.ApplyTo(Texts, concept.Translations, (text, translation) =>
        {
            translation.Title = text.Title?.Trim() ?? "";
            translation.Purpose = text.Purpose?.Trim() ?? "";
            translation.Origin = string.IsNullOrWhiteSpace(text.Origin) ? null : text.Origin.Trim();
        });
    }
}

public sealed class ConceptTextEditModel : ITextEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(IntegrationConceptTranslation.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [StringLength(IntegrationConceptTranslation.TextMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Wozu das Konzept dient")]
    public string? Purpose { get; set; }

    [StringLength(IntegrationConceptTranslation.TextMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Wie das Konzept entstanden ist")]
    public string? Origin { get; set; }

    public bool IsEmpty => new[] { Title, Purpose, Origin }.All(string.IsNullOrWhiteSpace);

    public static ConceptTextEditModel From(string culture, IntegrationConceptTranslation? translation) => new()
    {
        Culture = culture,
        Title = translation?.Title,
        Purpose = translation?.Purpose,
        Origin = translation?.Origin,
    };
}
