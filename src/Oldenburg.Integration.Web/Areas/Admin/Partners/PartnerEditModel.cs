using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Data.Configurations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

/// <summary>What the partner form posts. Entities are never bound from forms.</summary>
public sealed class PartnerEditModel : WorkflowEditModel<PartnerTextEditModel>, IValidatableObject, IWorkflowEditModel, IEditModelFor<Partner, PartnerEditModel>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Partner.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Name der Organisation")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(ContentConfigurationExtensions.SlugMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [NotReservedSlug]
    [Display(Name = "Adresse (Slug)")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Partnerart")]
    public int? PartnerTypeId { get; set; }

    [Display(Name = "Stadtteil")]
    public int? DistrictId { get; set; }

    [Display(Name = "Themen")]
    public List<int> TopicIds { get; set; } = [];

    [Display(Name = "Beratung und Angebote in diesen Sprachen")]
    public List<int> LanguageIds { get; set; } = [];

    [StringLength(OfficeProfileConfiguration.AddressPartMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Straße und Hausnummer")]
    public string? Street { get; set; }

    [RegularExpression(PartnerRules.PostalCodePattern, ErrorMessage = PartnerRules.PostalCodeMessage)]
    [Display(Name = "Postleitzahl")]
    public string? PostalCode { get; set; }

    [StringLength(OfficeProfileConfiguration.AddressPartMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Ort")]
    public string? City { get; set; }

    [RegularExpression(PhoneNumbers.Pattern, ErrorMessage = PhoneNumbers.PatternMessage)]
    [Display(Name = "Telefon")]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(Partner.ContactMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "E-Mail-Adresse")]
    public string? Email { get; set; }

    [StringLength(Partner.WebsiteMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [Display(Name = "Barrierefreier Zugang")]
    public bool BarrierFree { get; set; }

    [Display(Name = "Nur nach Terminvereinbarung")]
    public bool AppointmentOnly { get; set; }

    [Display(Name = "Öffnungszeiten")]
    public List<OpeningHoursEditModel> Hours { get; set; } = [];

    [NotInRevision]
    [Display(Name = "Logo")]
    public IFormFile? Logo { get; set; }

    [NotInRevision]
    [Display(Name = "Logo entfernen")]
    public bool RemoveLogo { get; set; }

    public static PartnerEditModel Empty() => new PartnerEditModel
    {
        City = "Oldenburg",
        Texts = [.. SupportedCultures.Names.Select(c => new PartnerTextEditModel { Culture = c })],
    }.WithBlankHourRows();

    public static PartnerEditModel From(Partner partner) => new PartnerEditModel
    {
        Name = partner.Name,
        Slug = partner.Slug,
        PartnerTypeId = partner.PartnerTypeId,
        DistrictId = partner.DistrictId,
        TopicIds = [.. partner.Topics.Select(t => t.Id)],
        LanguageIds = [.. partner.Languages.Select(l => l.Id)],
        Street = partner.Street,
        PostalCode = partner.PostalCode,
        City = partner.City,
        Phone = partner.Phone,
        Email = partner.Email,
        Website = partner.Website,
        BarrierFree = partner.BarrierFree,
        AppointmentOnly = partner.AppointmentOnly,
        State = partner.State,
        LoadedState = partner.State,
        LoadedVersion = partner.UpdatedAt.Ticks,
        Hours = OpeningHoursRows.From(partner.OpeningHours),
        Texts = [.. SupportedCultures.Names.Select(c => PartnerTextEditModel.From(c, partner.Translations.FirstOrDefault(t => t.Culture == c)))],
    }.WithBlankHourRows();

    /// <summary>The form always shows a few blank rows for new opening hours, as the office form does.</summary>
    public PartnerEditModel WithBlankHourRows()
    {
        Hours = OpeningHoursRows.WithBlankRows(Hours);
        return this;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Texts.Select(t => t.Culture).Distinct(StringComparer.Ordinal).Count() != Texts.Count
            || Texts.Any(t => !SupportedCultures.IsSupported(t.Culture))
            || !Texts.Any(t => t.Culture == ContentTranslation.SourceCulture))
        {
            yield return new ValidationResult("Die Sprachen des Formulars sind ungültig. Bitte laden Sie die Seite neu.");
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(Website) && !PartnerRules.IsWebsite(Website.Trim()))
        {
            yield return new ValidationResult(PartnerRules.WebsiteMessage, [nameof(Website)]);
        }

        for (var i = 0; i < Texts.Count; i++)
        {
            var text = Texts[i];
            var isSource = text.Culture == ContentTranslation.SourceCulture;
            if ((isSource || !text.IsEmpty) && string.IsNullOrWhiteSpace(text.ShortDescription))
            {
                yield return new ValidationResult(
                    isSource ? "Bitte geben Sie eine deutsche Kurzbeschreibung ein." : $"Bitte geben Sie die Kurzbeschreibung ({SupportedCultures.NativeName(text.Culture)}) ein oder leeren Sie alle Felder dieser Sprache.",
                    [$"{nameof(Texts)}[{i}].{nameof(PartnerTextEditModel.ShortDescription)}"]);
            }
        }

        foreach (var error in OpeningHoursRows.Validate(Hours, nameof(Hours)))
        {
            yield return error;
        }
    }

    /// <summary>Copies everything but topics, languages and the logo, which need loaded entities or files.</summary>
    public void ApplyTo(Partner partner)
    {
        partner.Name = Name.Trim();
        partner.Slug = Slug.Trim();
        partner.PartnerTypeId = PartnerTypeId!.Value;
        partner.DistrictId = DistrictId;
        partner.Street = NullIfBlank(Street);
        partner.PostalCode = NullIfBlank(PostalCode);
        partner.City = NullIfBlank(City);
        partner.Phone = NullIfBlank(Phone);
        partner.Email = NullIfBlank(Email);
        partner.Website = NullIfBlank(Website);
        partner.BarrierFree = BarrierFree;
        partner.AppointmentOnly = AppointmentOnly;
        partner.State = State;
        OpeningHoursRows.ApplyTo(Hours, partner.OpeningHours);
        TranslationTexts.ApplyTo(Texts, partner.Translations, (text, translation) =>
        {
            translation.ShortDescription = text.ShortDescription?.Trim() ?? "";
            translation.TargetGroups = NullIfBlank(text.TargetGroups);
            translation.Description = NullIfBlank(text.Description);
        });
    }

    internal static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class PartnerTextEditModel : ITextEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(PartnerTranslation.ShortDescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Kurzbeschreibung")]
    public string? ShortDescription { get; set; }

    [StringLength(PartnerTranslation.TargetGroupsMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Zielgruppen")]
    public string? TargetGroups { get; set; }

    [StringLength(PartnerTranslation.DescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Ausführliche Beschreibung")]
    public string? Description { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(ShortDescription) && string.IsNullOrWhiteSpace(TargetGroups) && string.IsNullOrWhiteSpace(Description);

    public static PartnerTextEditModel From(string culture, PartnerTranslation? translation) => new()
    {
        Culture = culture,
        ShortDescription = translation?.ShortDescription,
        TargetGroups = translation?.TargetGroups,
        Description = translation?.Description,
    };
}
