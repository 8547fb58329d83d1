using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data.Configurations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Pages;

/// <summary>What the page form posts. Entities are never bound from forms.</summary>
public sealed class PageEditModel : WorkflowEditModel<PageTextEditModel>, IValidatableObject, IWorkflowEditModel, IEditModelFor<Page, PageEditModel>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(ContentConfigurationExtensions.SlugMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [NotReservedSlug]
    [Display(Name = "Adresse (Slug)")]
    public string Slug { get; set; } = "";

    [Range(0, 999, ErrorMessage = "Validation.Range")]
    [Display(Name = "Reihenfolge")]
    public int? FooterOrder { get; set; }

    [Display(Name = "Seite in Leichter Sprache")]
    public bool EasyRead { get; set; }

    public static PageEditModel Empty() => new() { Texts = [.. SupportedCultures.Names.Select(c => new PageTextEditModel { Culture = c })] };

    public static PageEditModel From(Page page) => new()
    {
        Slug = page.Slug,
        FooterOrder = page.FooterOrder,
        EasyRead = page.EasyRead,
        State = page.State,
        LoadedState = page.State,
        LoadedVersion = page.UpdatedAt.Ticks,
        Texts = [.. SupportedCultures.Names.Select(c => PageTextEditModel.From(c, page.Translations.FirstOrDefault(t => t.Culture == c)))],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        TranslationTexts.Validate(
            Texts,
            nameof(Texts),
            new RequiredText<PageTextEditModel>(nameof(PageTextEditModel.Title), t => t.Title, "Bitte geben Sie einen deutschen Titel ein.", "den Titel"),
            new RequiredText<PageTextEditModel>(nameof(PageTextEditModel.Body), t => t.Body, "Bitte geben Sie einen deutschen Text ein.", "den Text"));

    public void ApplyTo(Page page)
    {
        page.Slug = Slug.Trim();
        page.FooterOrder = FooterOrder;
        page.EasyRead = EasyRead;
        page.State = State;
        TranslationTexts.ApplyTo(Texts, page.Translations, (text, translation) =>
        {
            translation.Title = text.Title?.Trim() ?? "";
            translation.Body = text.Body?.Trim() ?? "";
        });
    }
}

public sealed class PageTextEditModel : ITextEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(PageTranslation.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [StringLength(PageTranslation.BodyMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Text")]
    public string? Body { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Body);

    public static PageTextEditModel From(string culture, PageTranslation? translation) => new()
    {
        Culture = culture,
        Title = translation?.Title,
        Body = translation?.Body,
    };
}
