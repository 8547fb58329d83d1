using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Links;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Literature;

/// <summary>What the literature form posts. The bibliographic fields are one per entry; only the note is translated.</summary>
public sealed class LiteratureEditModel : WorkflowEditModel<LiteratureTextEditModel>, IValidatableObject, IWorkflowEditModel, IEditModelFor<LiteratureEntry, LiteratureEditModel>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(120, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [NotReservedSlug]
    [Display(Name = "Kennung (Slug)")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(LiteratureEntry.AuthorMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Autorin, Autor oder Herausgeber")]
    public string Author { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(LiteratureEntry.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [Range(1450, 2200, ErrorMessage = "Validation.Range")]
    [Display(Name = "Erscheinungsjahr")]
    public int? Year { get; set; }

    [StringLength(LiteratureEntry.PublisherMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Verlag")]
    public string? Publisher { get; set; }

    [StringLength(Domain.Isbn.MaxInputLength, ErrorMessage = Domain.Isbn.InvalidMessage)]
    [Display(Name = "ISBN")]
    public string? Isbn { get; set; }

    [StringLength(CuratedLink.UrlMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Internetadresse")]
    public string? Url { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie eine Kategorie.")]
    [Display(Name = "Kategorie")]
    public int? CategoryId { get; set; }

    public static LiteratureEditModel Empty() => new() { Texts = [.. SupportedCultures.Names.Select(c => new LiteratureTextEditModel { Culture = c })] };

    public static LiteratureEditModel From(LiteratureEntry entry) => new()
    {
        Slug = entry.Slug,
        Author = entry.Author,
        Title = entry.Title,
        Year = entry.Year,
        Publisher = entry.Publisher,
        Isbn = entry.Isbn,
        Url = entry.Url,
        CategoryId = entry.CategoryId,
        State = entry.State,
        LoadedState = entry.State,
        LoadedVersion = entry.UpdatedAt.Ticks,
        Texts = [.. SupportedCultures.Names.Select(c => LiteratureTextEditModel.From(c, entry.Translations.FirstOrDefault(t => t.Culture == c)))],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Isbn) && Domain.Isbn.Normalize(Isbn) is null)
        {
            yield return new ValidationResult(Domain.Isbn.InvalidMessage, [nameof(Isbn)]);
        }

        if (!string.IsNullOrWhiteSpace(Url) && !WebAddress.IsValid(Url))
        {
            yield return new ValidationResult(WebAddress.InvalidMessage, [nameof(Url)]);
        }

        foreach (var result in TranslationTexts.Validate(Texts, nameof(Texts)))
        {
            yield return result;
        }
    }

    public void ApplyTo(LiteratureEntry entry)
    {
        entry.Slug = Slug.Trim();
        entry.Author = Author.Trim();
        entry.Title = Title.Trim();
        entry.Year = Year;
        entry.Publisher = Publisher?.Trim() ?? "";
        entry.Isbn = string.IsNullOrWhiteSpace(Isbn) ? "" : Domain.Isbn.Normalize(Isbn) ?? "";
        entry.Url = Url?.Trim() ?? "";
        entry.CategoryId = CategoryId ?? 0;
        entry.State = State;
        TranslationTexts.ApplyTo(Texts, entry.Translations, (text, translation) => translation.Note = text.Note?.Trim() ?? "");
    }
}

public sealed class LiteratureTextEditModel : ITextEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(LiteratureTranslation.NoteMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Kurze Anmerkung")]
    public string? Note { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Note);

    public static LiteratureTextEditModel From(string culture, LiteratureTranslation? translation) => new()
    {
        Culture = culture,
        Note = translation?.Note,
    };
}
