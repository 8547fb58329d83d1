using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Offers;

/// <summary>What the offer form posts. Entities are never bound from forms.</summary>
public sealed class OfferEditModel : WorkflowEditModel<OfferTextEditModel>, IValidatableObject, IWorkflowEditModel, IEditModelFor<Offer, OfferEditModel>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(120, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [NotReservedSlug]
    [Display(Name = "Adresse (Slug)")]
    public string Slug { get; set; } = "";

    [Range(0, 999, ErrorMessage = "Validation.Range")]
    [Display(Name = "Reihenfolge")]
    public int SortOrder { get; set; }

    public static OfferEditModel Empty() => new() { Texts = [.. SupportedCultures.Names.Select(c => new OfferTextEditModel { Culture = c })] };

    public static OfferEditModel From(Offer offer) => new()
    {
        Slug = offer.Slug,
        SortOrder = offer.SortOrder,
        State = offer.State,
        LoadedState = offer.State,
        LoadedVersion = offer.UpdatedAt.Ticks,
        Texts = [.. SupportedCultures.Names.Select(c => OfferTextEditModel.From(c, offer.Translations.FirstOrDefault(t => t.Culture == c)))],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        TranslationTexts.Validate(
            Texts,
            nameof(Texts),
            new RequiredText<OfferTextEditModel>(nameof(OfferTextEditModel.Title), t => t.Title, "Bitte geben Sie einen deutschen Titel ein.", "den Titel"),
            new RequiredText<OfferTextEditModel>(nameof(OfferTextEditModel.Summary), t => t.Summary, "Bitte geben Sie eine deutsche Kurzbeschreibung ein.", "die Kurzbeschreibung"));

    public void ApplyTo(Offer offer)
    {
        offer.Slug = Slug.Trim();
        offer.SortOrder = SortOrder;
        offer.State = State;
        TranslationTexts.ApplyTo(Texts, offer.Translations, (text, translation) =>
        {
            translation.Title = text.Title?.Trim() ?? "";
            translation.Summary = text.Summary?.Trim() ?? "";
            translation.Body = text.Body?.Trim() ?? "";
        });
    }
}

public sealed class OfferTextEditModel : ITextEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(OfferTranslation.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [StringLength(OfferTranslation.SummaryMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Kurzbeschreibung")]
    public string? Summary { get; set; }

    [StringLength(OfferTranslation.BodyMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Text")]
    public string? Body { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Summary) && string.IsNullOrWhiteSpace(Body);

    public static OfferTextEditModel From(string culture, OfferTranslation? translation) => new()
    {
        Culture = culture,
        Title = translation?.Title,
        Summary = translation?.Summary,
        Body = translation?.Body,
    };
}
