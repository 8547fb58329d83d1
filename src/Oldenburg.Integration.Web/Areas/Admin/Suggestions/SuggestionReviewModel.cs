using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Data.Configurations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Suggestions;

namespace Oldenburg.Integration.Web.Areas.Admin.Suggestions;

/// <summary>
/// The values staff accept from a suggestion: filled from the suggestion for "Übernehmen", or
/// edited in the form for "Vor dem Übernehmen bearbeiten".
/// </summary>
public sealed class SuggestionReviewModel
{
    [StringLength(ContentConfigurationExtensions.SlugMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [NotReservedSlug]
    [Display(Name = "Adresse (Slug)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Partner.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Name der Organisation")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Art der Organisation")]
    public string? TypeKey { get; set; }

    [Display(Name = "Stadtteil")]
    public string? DistrictKey { get; set; }

    [Display(Name = "Themen")]
    public IList<string> TopicKeys { get; set; } = [];

    [Display(Name = "Sprachen")]
    public IList<string> LanguageKeys { get; set; } = [];

    [StringLength(OfficeProfileConfiguration.AddressPartMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Straße und Hausnummer")]
    public string? Street { get; set; }

    [StringLength(10, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Postleitzahl")]
    public string? PostalCode { get; set; }

    [StringLength(OfficeProfileConfiguration.AddressPartMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Ort")]
    public string? City { get; set; }

    [StringLength(OfficeProfileConfiguration.PhoneMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(PhoneNumbers.Pattern, ErrorMessage = PhoneNumbers.PatternMessage)]
    [Display(Name = "Telefon")]
    public string? Phone { get; set; }

    [StringLength(Partner.ContactMaxLength, ErrorMessage = "Validation.MaxLength")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "E-Mail")]
    public string? Email { get; set; }

    [StringLength(Partner.WebsiteMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(WebAddress.Pattern, ErrorMessage = "Bitte geben Sie eine Internetadresse ein, z. B. www.beispiel.de.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [Display(Name = "Barrierefrei")]
    public bool BarrierFree { get; set; }

    /// <summary>The language the texts are written in; staff may translate them to German first.</summary>
    [Display(Name = "Sprache der Texte")]
    public string TextCulture { get; set; } = ContentTranslation.SourceCulture;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(PartnerTranslation.ShortDescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Kurzbeschreibung")]
    public string? ShortDescription { get; set; }

    [StringLength(PartnerTranslation.DescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Beschreibung")]
    public string? Description { get; set; }

    public bool Publish { get; set; }

    /// <summary>Staff saw that the entry was edited after the suggestion was sent, and still want to apply it.</summary>
    public bool ConfirmNewerEntry { get; set; }

    public static SuggestionReviewModel From(PartnerSuggestion suggestion) => new()
    {
        Name = suggestion.Name,
        TypeKey = suggestion.TypeKey,
        DistrictKey = suggestion.DistrictKey,
        TopicKeys = [.. SuggestionFormModel.SplitKeys(suggestion.TopicKeys)],
        LanguageKeys = [.. SuggestionFormModel.SplitKeys(suggestion.LanguageKeys)],
        Street = suggestion.Street,
        PostalCode = suggestion.PostalCode,
        City = suggestion.City,
        Phone = suggestion.Phone,
        Email = suggestion.Email,
        Website = suggestion.Website,
        BarrierFree = suggestion.BarrierFree,
        TextCulture = suggestion.Culture,
        ShortDescription = suggestion.ShortDescription,
        Description = suggestion.Description,
    };
}
