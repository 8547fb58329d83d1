using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Data.Configurations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Office;

public sealed class OfficeEditModel : IValidatableObject, IContentEditModel
{

    /// <summary>Empty rows offered below the existing opening hours, so adding hours needs no script.</summary>
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(OfficeProfileConfiguration.EmailMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "E-Mail-Adresse")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression(PhoneNumbers.Pattern, ErrorMessage = PhoneNumbers.PatternMessage)]
    [Display(Name = "Telefon")]
    public string Phone { get; set; } = "";

    [RegularExpression(PhoneNumbers.Pattern, ErrorMessage = PhoneNumbers.PatternMessage)]
    [Display(Name = "Weiteres Telefon")]
    public string? AlternativePhone { get; set; }

    [RegularExpression(PhoneNumbers.Pattern, ErrorMessage = PhoneNumbers.PatternMessage)]
    [Display(Name = "Fax")]
    public string? Fax { get; set; }

    [StringLength(OfficeProfileConfiguration.AddressPartMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Gebäude")]
    public string? Building { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(OfficeProfileConfiguration.AddressPartMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Straße und Hausnummer")]
    public string Street { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression("^[0-9]{5}$", ErrorMessage = "Bitte geben Sie eine fünfstellige Postleitzahl ein.")]
    [Display(Name = "Postleitzahl")]
    public string PostalCode { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(OfficeProfileConfiguration.AddressPartMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Ort")]
    public string City { get; set; } = "";

    public long LoadedVersion { get; set; }

    /// <summary>What the editor meant by this save, not content: kept out of revisions.</summary>
    [Display(Name = "Kleine Korrektur")]
    [NotInRevision]
    public bool MinorChange { get; set; }

    public IEnumerable<ITextEditModel> TextBlocks => Texts;

    [Display(Name = "Öffnungszeiten")]
    public List<OpeningHoursEditModel> Hours { get; set; } = [];

    public List<OfficeTextEditModel> Texts { get; set; } = [];

    public static OfficeEditModel From(OfficeProfile profile) => new()
    {
        Email = profile.Email,
        Phone = profile.Phone,
        AlternativePhone = profile.AlternativePhone,
        Fax = profile.Fax,
        Building = profile.Building,
        Street = profile.Street,
        PostalCode = profile.PostalCode,
        City = profile.City,
        LoadedVersion = profile.UpdatedAt.Ticks,
        Hours = OpeningHoursRows.From(profile.OpeningHours),
        Texts = [.. SupportedCultures.Names.Select(c => OfficeTextEditModel.From(c, profile.Translations.FirstOrDefault(t => t.Culture == c)))],
    };

    /// <summary>The form always shows a few blank rows for new opening hours.</summary>
    public OfficeEditModel WithBlankHourRows()
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

        for (var i = 0; i < Texts.Count; i++)
        {
            var text = Texts[i];
            if (text.Culture != ContentTranslation.SourceCulture && text.IsEmpty)
            {
                continue;
            }

            var language = SupportedCultures.NativeName(text.Culture);
            if (string.IsNullOrWhiteSpace(text.Name))
            {
                yield return new ValidationResult($"Bitte geben Sie den Namen ({language}) ein.", [$"{nameof(Texts)}[{i}].{nameof(OfficeTextEditModel.Name)}"]);
            }

            if (string.IsNullOrWhiteSpace(text.Department))
            {
                yield return new ValidationResult($"Bitte geben Sie die Zuordnung ({language}) ein.", [$"{nameof(Texts)}[{i}].{nameof(OfficeTextEditModel.Department)}"]);
            }
        }

        foreach (var error in OpeningHoursRows.Validate(Hours, nameof(Hours)))
        {
            yield return error;
        }
    }

    public void ApplyTo(OfficeProfile profile)
    {
        profile.Email = Email.Trim();
        profile.Phone = Phone.Trim();
        profile.AlternativePhone = NullIfBlank(AlternativePhone);
        profile.Fax = NullIfBlank(Fax);
        profile.Building = NullIfBlank(Building);
        profile.Street = Street.Trim();
        profile.PostalCode = PostalCode.Trim();
        profile.City = City.Trim();
        OpeningHoursRows.ApplyTo(Hours, profile.OpeningHours);
        TranslationTexts.ApplyTo(Texts, profile.Translations, (text, translation) =>
        {
            translation.Name = text.Name?.Trim() ?? "";
            translation.Department = text.Department?.Trim() ?? "";
            translation.OpeningHoursNote = NullIfBlank(text.OpeningHoursNote);
            translation.Intro = NullIfBlank(text.Intro);
            translation.AboutHeading = NullIfBlank(text.AboutHeading);
            translation.About = NullIfBlank(text.About);
        });
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}


public sealed class OfficeTextEditModel : ITextEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(OfficeProfileTranslationConfiguration.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(OfficeProfileTranslationConfiguration.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Zuordnung (z. B. Büro des Oberbürgermeisters)")]
    public string? Department { get; set; }

    [StringLength(OfficeProfileTranslationConfiguration.NoteMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Hinweis zu den Öffnungszeiten")]
    public string? OpeningHoursNote { get; set; }

    [StringLength(OfficeProfileTranslationConfiguration.IntroMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Einleitung auf der Startseite")]
    public string? Intro { get; set; }

    [StringLength(OfficeProfileTranslationConfiguration.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Überschrift „Über uns“")]
    public string? AboutHeading { get; set; }

    [StringLength(OfficeProfileTranslationConfiguration.AboutMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Text „Über uns“")]
    public string? About { get; set; }

    public bool IsEmpty => new[] { Name, Department, OpeningHoursNote, Intro, AboutHeading, About }.All(string.IsNullOrWhiteSpace);

    public static OfficeTextEditModel From(string culture, OfficeProfileTranslation? t) => new()
    {
        Culture = culture,
        Name = t?.Name,
        Department = t?.Department,
        OpeningHoursNote = t?.OpeningHoursNote,
        Intro = t?.Intro,
        AboutHeading = t?.AboutHeading,
        About = t?.About,
    };
}
