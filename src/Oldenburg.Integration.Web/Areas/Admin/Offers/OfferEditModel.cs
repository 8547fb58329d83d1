using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Offers;

/// <summary>What the offer form posts. Entities are never bound from forms.</summary>
public sealed class OfferEditModel : IValidatableObject
{
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(120, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(SlugPattern, ErrorMessage = "Validation.Slug")]
    [Display(Name = "Adresse (Slug)")]
    public string Slug { get; set; } = "";

    [Range(0, 999, ErrorMessage = "Validation.Range")]
    [Display(Name = "Reihenfolge")]
    public int SortOrder { get; set; }

    [Display(Name = "Status")]
    public PublishState State { get; set; } = PublishState.Draft;

    /// <summary>When the entry was loaded into the form; a newer stored value means someone else saved meanwhile.</summary>
    public long LoadedVersion { get; set; }

    public List<OfferTextEditModel> Texts { get; set; } = [];

    public static OfferEditModel Empty() => new() { Texts = [.. SupportedCultures.Names.Select(c => new OfferTextEditModel { Culture = c })] };

    public static OfferEditModel From(Offer offer) => new()
    {
        Slug = offer.Slug,
        SortOrder = offer.SortOrder,
        State = offer.State,
        LoadedVersion = offer.UpdatedAt.Ticks,
        Texts = [.. SupportedCultures.Names.Select(c => OfferTextEditModel.From(c, offer.Translations.FirstOrDefault(t => t.Culture == c)))],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Texts.Select(t => t.Culture).Distinct(StringComparer.Ordinal).Count() != Texts.Count
            || Texts.Any(t => !SupportedCultures.IsSupported(t.Culture)))
        {
            yield return new ValidationResult("Die Sprachen des Formulars sind ungültig. Bitte laden Sie die Seite neu.");
            yield break;
        }

        for (var i = 0; i < Texts.Count; i++)
        {
            var text = Texts[i];
            var isSource = text.Culture == ContentTranslation.SourceCulture;
            if (!isSource && text.IsEmpty)
            {
                continue;
            }

            var language = SupportedCultures.NativeName(text.Culture);
            if (string.IsNullOrWhiteSpace(text.Title))
            {
                yield return new ValidationResult(
                    isSource ? "Bitte geben Sie einen deutschen Titel ein." : $"Bitte geben Sie den Titel ({language}) ein oder leeren Sie alle Felder dieser Sprache.",
                    [$"{nameof(Texts)}[{i}].{nameof(OfferTextEditModel.Title)}"]);
            }

            if (string.IsNullOrWhiteSpace(text.Summary))
            {
                yield return new ValidationResult(
                    isSource ? "Bitte geben Sie eine deutsche Kurzbeschreibung ein." : $"Bitte geben Sie die Kurzbeschreibung ({language}) ein oder leeren Sie alle Felder dieser Sprache.",
                    [$"{nameof(Texts)}[{i}].{nameof(OfferTextEditModel.Summary)}"]);
            }
        }
    }

    public void ApplyTo(Offer offer)
    {
        offer.Slug = Slug.Trim();
        offer.SortOrder = SortOrder;
        offer.State = State;
        foreach (var text in Texts)
        {
            var existing = offer.Translations.FirstOrDefault(t => t.Culture == text.Culture);
            if (text.IsEmpty && text.Culture != ContentTranslation.SourceCulture)
            {
                if (existing is not null)
                {
                    offer.Translations.Remove(existing);
                }

                continue;
            }

            if (existing is null)
            {
                existing = new OfferTranslation { Culture = text.Culture };
                offer.Translations.Add(existing);
            }

            existing.Title = text.Title?.Trim() ?? "";
            existing.Summary = text.Summary?.Trim() ?? "";
            existing.Body = text.Body?.Trim() ?? "";
        }
    }
}

public sealed class OfferTextEditModel
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
