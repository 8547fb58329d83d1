using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Data.Configurations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Shared.PublicForms;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>What the public suggestion form posts. Labels and messages come from SuggestionsResource.</summary>
[FeatureResource(typeof(SuggestionsResource))]
public sealed class SuggestionFormModel : IHoneypotForm
{
    public const int OpeningHoursMaxLength = 1000;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Partner.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    [Display(Name = "Field.Type")]
    public string? TypeKey { get; set; }

    [Display(Name = "Field.Topics")]
    public IList<string> TopicKeys { get; set; } = [];

    [Display(Name = "Field.Languages")]
    public IList<string> LanguageKeys { get; set; } = [];

    [Display(Name = "Field.District")]
    public string? DistrictKey { get; set; }

    [StringLength(OfficeProfileConfiguration.AddressPartMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Street")]
    public string? Street { get; set; }

    [StringLength(10, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.PostalCode")]
    public string? PostalCode { get; set; }

    [StringLength(OfficeProfileConfiguration.AddressPartMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.City")]
    public string? City { get; set; }

    [StringLength(OfficeProfileConfiguration.PhoneMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(PhoneNumbers.Pattern, ErrorMessage = PhoneNumbers.PatternMessage)]
    [Display(Name = "Field.Phone")]
    public string? Phone { get; set; }

    [StringLength(Partner.ContactMaxLength, ErrorMessage = "Validation.MaxLength")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string? Email { get; set; }

    [StringLength(Partner.WebsiteMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(WebAddress.Pattern, ErrorMessage = "Validation.Website")]
    [Display(Name = "Field.Website")]
    public string? Website { get; set; }

    [Display(Name = "Field.BarrierFree")]
    public bool BarrierFree { get; set; }

    [StringLength(OpeningHoursMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.OpeningHours")]
    public string? OpeningHoursText { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(PartnerTranslation.ShortDescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.ShortDescription")]
    public string? ShortDescription { get; set; }

    [StringLength(PartnerTranslation.DescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Description")]
    public string? Description { get; set; }

    [StringLength(PartnerSuggestion.MessageMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Message")]
    public string? Message { get; set; }

    [StringLength(Partner.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.SubmitterName")]
    public string? SubmitterName { get; set; }

    [StringLength(Partner.ContactMaxLength, ErrorMessage = "Validation.MaxLength")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.SubmitterEmail")]
    public string? SubmitterEmail { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Validation.Consent")]
    [Display(Name = "Field.Consent")]
    public bool Consent { get; set; }

    [Display(Name = "Form.Extra")]
    public string? Extra { get; set; }

    public PartnerSuggestion ToSuggestion(int? partnerId, string culture, DateTime utcNow) => new()
    {
        PartnerId = partnerId,
        Status = SuggestionStatus.Open,
        Culture = culture,
        Name = Name!.Trim(),
        TypeKey = Blank(TypeKey),
        DistrictKey = Blank(DistrictKey),
        TopicKeys = JoinKeys(TopicKeys),
        LanguageKeys = JoinKeys(LanguageKeys),
        Street = Blank(Street),
        PostalCode = Blank(PostalCode),
        City = Blank(City),
        Phone = Blank(Phone),
        Email = Blank(Email),
        Website = WebAddress.Normalize(Website),
        BarrierFree = BarrierFree,
        OpeningHoursText = Blank(OpeningHoursText),
        ShortDescription = Blank(ShortDescription),
        Description = Blank(Description),
        Message = Blank(Message),
        SubmitterName = Blank(SubmitterName),
        SubmitterEmail = Blank(SubmitterEmail),
        CreatedAt = utcNow,
    };

    public static string? JoinKeys(IEnumerable<string> keys)
    {
        var distinct = keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Join(',', distinct);
    }

    public static IReadOnlyList<string> SplitKeys(string? keys) =>
        string.IsNullOrEmpty(keys) ? [] : keys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
