using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Publications;

/// <summary>
/// What the publication form posts. <see cref="WorkflowEditModel{TText}.Texts"/> holds one block per
/// site language (so translation status and the side-by-side editor work as for every type) and one
/// per further language the publication already has; <see cref="NewVersions"/> are blank rows for more.
/// </summary>
public sealed class PublicationEditModel : WorkflowEditModel<PublicationVersionEditModel>, IValidatableObject, IWorkflowEditModel, IEditModelFor<Publication, PublicationEditModel>
{
    public const int NewRows = 2;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(120, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [NotReservedSlug]
    [Display(Name = "Adresse (Slug)")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Bitte wählen Sie ein Thema.")]
    [Display(Name = "Thema")]
    public int? TopicId { get; set; }

    [Display(Name = "Aufgabe des Büros")]
    public int? OfferId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(1950, 2100, ErrorMessage = "Validation.Range")]
    [Display(Name = "Erscheinungsjahr")]
    public int? Year { get; set; }

    [StringLength(Publication.SeriesMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Reihe")]
    public string? Series { get; set; }

    [Display(Name = "Zielgruppe")]
    public string Audience { get; set; } = PublicationAudiences.Everyone;

    [Display(Name = "Beispieleintrag")]
    public bool IsSample { get; set; }

    [Display(Name = "Weitere Sprachfassung")]
    public List<PublicationVersionEditModel> NewVersions { get; set; } = [];

    /// <summary>Every version row of the form, existing and new, with its field prefix.</summary>
    public IEnumerable<(string Prefix, PublicationVersionEditModel Row)> Rows =>
        Texts.Select((t, i) => ($"{nameof(Texts)}[{i}]", t)).Concat(NewVersions.Select((t, i) => ($"{nameof(NewVersions)}[{i}]", t)));

    public static PublicationEditModel Empty() => new PublicationEditModel
    {
        Year = DateTime.UtcNow.Year,
        Texts = [.. SupportedCultures.Names.Select(c => new PublicationVersionEditModel { Culture = c })],
    }.WithBlankRows();

    public static PublicationEditModel From(Publication item) => new()
    {
        Slug = item.Slug,
        TopicId = item.TopicId,
        OfferId = item.OfferId,
        Year = item.Year,
        Series = item.Series,
        Audience = item.Audience,
        IsSample = item.IsSample,
        State = item.State,
        LoadedState = item.State,
        LoadedVersion = item.UpdatedAt.Ticks,
        Texts = [.. SupportedCultures.Names
            .Concat(item.Translations.Select(v => v.Culture).Where(c => !SupportedCultures.IsSupported(c)).Order(StringComparer.Ordinal))
            .Select(c => PublicationVersionEditModel.From(c, item.Translations.FirstOrDefault(v => v.Culture == c)))],
    };

    public PublicationEditModel WithBlankRows()
    {
        while (NewVersions.Count < NewRows)
        {
            NewVersions.Add(new PublicationVersionEditModel());
        }

        return this;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!PublicationAudiences.All.Contains(Audience))
        {
            yield return new ValidationResult("Bitte wählen Sie eine Zielgruppe.", [nameof(Audience)]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (prefix, row) in Rows)
        {
            var isSource = row.Culture == ContentTranslation.SourceCulture;
            if (row.IsEmpty && !isSource)
            {
                continue;
            }

            if (!PublicationLanguages.IsKnown(row.Culture))
            {
                yield return new ValidationResult("Bitte wählen Sie die Sprache dieser Fassung.", [$"{prefix}.{nameof(row.Culture)}"]);
                continue;
            }

            var language = PublicationLanguages.NativeName(row.Culture);
            if (!seen.Add(row.Culture))
            {
                yield return new ValidationResult($"Die Sprache {language} kommt zweimal vor. Jede Sprache hat höchstens eine Fassung.", [$"{prefix}.{nameof(row.Culture)}"]);
            }

            if (string.IsNullOrWhiteSpace(row.Title))
            {
                yield return new ValidationResult(isSource ? "Bitte geben Sie einen deutschen Titel ein." : $"Bitte geben Sie den Titel ({language}) ein oder leeren Sie alle Felder dieser Sprache.", [$"{prefix}.{nameof(row.Title)}"]);
            }

            if (string.IsNullOrWhiteSpace(row.Summary))
            {
                yield return new ValidationResult(isSource ? "Bitte geben Sie eine deutsche Kurzbeschreibung ein." : $"Bitte geben Sie die Kurzbeschreibung ({language}) ein oder leeren Sie alle Felder dieser Sprache.", [$"{prefix}.{nameof(row.Summary)}"]);
            }
        }
    }

    /// <summary>Texts only: files are checked and written by the definition, which knows the stored versions.</summary>
    public void ApplyTo(Publication item)
    {
        item.Slug = Slug.Trim();
        item.TopicId = TopicId;
        item.OfferId = OfferId;
        item.Year = Year ?? 0;
        item.Series = string.IsNullOrWhiteSpace(Series) ? null : Series.Trim();
        item.Audience = Audience;
        item.IsSample = IsSample;
        item.State = State;
        TranslationTexts.ApplyTo(Texts.Concat(NewVersions.Where(v => !v.IsEmpty)), item.Translations, (text, version) =>
        {
            version.Title = text.Title?.Trim() ?? "";
            version.Summary = text.Summary?.Trim() ?? "";
        });
    }
}
