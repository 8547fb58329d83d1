using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Lookups;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Links;

/// <summary>What the link form posts.</summary>
public sealed class LinkEditModel : WorkflowEditModel<LinkTextEditModel>, IValidatableObject, IWorkflowEditModel, IEditModelFor<CuratedLink, LinkEditModel>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(120, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [NotReservedSlug]
    [Display(Name = "Kennung (Slug)")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(CuratedLink.UrlMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Internetadresse")]
    public string Url { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(CuratedLink.LanguageMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Sprache der verlinkten Seite")]
    public string TargetLanguage { get; set; } = ContentTranslation.SourceCulture;

    [Required(ErrorMessage = "Bitte wählen Sie eine Kategorie.")]
    [Display(Name = "Kategorie")]
    public int? CategoryId { get; set; }

    [Display(Name = "Thema")]
    public int? TopicId { get; set; }

    [Range(0, 999, ErrorMessage = "Validation.Range")]
    [Display(Name = "Reihenfolge")]
    public int SortOrder { get; set; }

    public static LinkEditModel Empty() => new() { Texts = [.. SupportedCultures.Names.Select(c => new LinkTextEditModel { Culture = c })] };

    public static LinkEditModel From(CuratedLink link) => new()
    {
        Slug = link.Slug,
        Url = link.Url,
        TargetLanguage = link.TargetLanguage,
        CategoryId = link.CategoryId,
        TopicId = link.TopicId,
        SortOrder = link.SortOrder,
        State = link.State,
        LoadedState = link.State,
        LoadedVersion = link.UpdatedAt.Ticks,
        Texts = [.. SupportedCultures.Names.Select(c => LinkTextEditModel.From(c, link.Translations.FirstOrDefault(t => t.Culture == c)))],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Url) && !WebAddress.IsValid(Url))
        {
            yield return new ValidationResult(WebAddress.InvalidMessage, [nameof(Url)]);
        }

        if (!string.IsNullOrWhiteSpace(TargetLanguage) && !LookupEditModel.IsLanguageKey(TargetLanguage.Trim()))
        {
            yield return new ValidationResult("Bitte geben Sie die Sprache als Sprachcode nach ISO 639 ein, z. B. „de“, „ar“ oder „tr“.", [nameof(TargetLanguage)]);
        }

        foreach (var result in TranslationTexts.Validate(
            Texts,
            nameof(Texts),
            new RequiredText<LinkTextEditModel>(nameof(LinkTextEditModel.Title), t => t.Title, "Bitte geben Sie einen deutschen Titel ein.", "den Titel")))
        {
            yield return result;
        }
    }

    public void ApplyTo(CuratedLink link)
    {
        var url = Url.Trim();
        if (url != link.Url)
        {
            // A new address has not been checked yet; an old result would mislead staff.
            link.Check.Reset();
        }

        link.Slug = Slug.Trim();
        link.Url = url;
        link.TargetLanguage = TargetLanguage.Trim();
        link.CategoryId = CategoryId ?? 0;
        link.TopicId = TopicId;
        link.SortOrder = SortOrder;
        link.State = State;
        TranslationTexts.ApplyTo(Texts, link.Translations, (text, translation) =>
        {
            translation.Title = text.Title?.Trim() ?? "";
            translation.Description = text.Description?.Trim() ?? "";
        });
    }
}

public sealed class LinkTextEditModel : ITextEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(CuratedLinkTranslation.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [StringLength(CuratedLinkTranslation.DescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Beschreibung")]
    public string? Description { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Description);

    public static LinkTextEditModel From(string culture, CuratedLinkTranslation? translation) => new()
    {
        Culture = culture,
        Title = translation?.Title,
        Description = translation?.Description,
    };
}
