using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.News;

/// <summary>What the news form posts. Links and the image are checked and written by <see cref="NewsDefinition"/>.</summary>
public sealed class NewsEditModel : WorkflowEditModel<NewsTextEditModel>, IValidatableObject, IWorkflowEditModel, IEditModelFor<NewsItem, NewsEditModel>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(120, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [NotReservedSlug]
    [Display(Name = "Adresse (Slug)")]
    public string Slug { get; set; } = "";

    [Display(Name = "Datum der Meldung")]
    public DateOnly? PublishedOn { get; set; }

    [Display(Name = "Aufgaben")]
    public List<int> OfferIds { get; set; } = [];

    [Display(Name = "Partner")]
    public List<int> PartnerIds { get; set; } = [];

    [Display(Name = "Beispielmeldung")]
    public bool IsSample { get; set; }

    [NotInRevision]
    [Display(Name = "Bild")]
    public IFormFile? Image { get; set; }

    [NotInRevision]
    [Display(Name = "Bild entfernen")]
    public bool RemoveImage { get; set; }

    public static NewsEditModel Empty() => new() { Texts = [.. SupportedCultures.Names.Select(c => new NewsTextEditModel { Culture = c })] };

    public static NewsEditModel From(NewsItem item) => new()
    {
        Slug = item.Slug,
        PublishedOn = item.PublishedAt is { } at ? DateOnly.FromDateTime(BerlinTime.ToLocal(at)) : null,
        OfferIds = [.. item.Offers.Select(o => o.Id).Order()],
        PartnerIds = [.. item.Partners.Select(p => p.Id).Order()],
        IsSample = item.IsSample,
        State = item.State,
        LoadedState = item.State,
        LoadedVersion = item.UpdatedAt.Ticks,
        Texts = [.. SupportedCultures.Names.Select(c => NewsTextEditModel.From(c, item.Translations.FirstOrDefault(t => t.Culture == c)))],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        TranslationTexts.Validate(
            Texts,
            nameof(Texts),
            new RequiredText<NewsTextEditModel>(nameof(NewsTextEditModel.Title), t => t.Title, "Bitte geben Sie einen deutschen Titel ein.", "den Titel"),
            new RequiredText<NewsTextEditModel>(nameof(NewsTextEditModel.Teaser), t => t.Teaser, "Bitte geben Sie einen deutschen Anreißer ein.", "den Anreißer"));

    /// <summary>Plain fields and texts; the date keeps its time of day unless the editor chose another day.</summary>
    public void ApplyTo(NewsItem item)
    {
        item.Slug = Slug.Trim();
        item.IsSample = IsSample;
        item.State = State;
        item.PublishedAt = PublishedOn switch
        {
            null => null,
            { } day when item.PublishedAt is { } at && DateOnly.FromDateTime(BerlinTime.ToLocal(at)) == day => at,
            { } day => BerlinTime.TryToUtc(day.ToDateTime(TimeOnly.MinValue), out var utc) ? utc : null,
        };
        TranslationTexts.ApplyTo(Texts, item.Translations, (text, translation) =>
        {
            translation.Title = text.Title?.Trim() ?? "";
            translation.Teaser = text.Teaser?.Trim() ?? "";
            translation.Body = text.Body?.Trim() ?? "";
            translation.ImageAlt = string.IsNullOrWhiteSpace(text.ImageAlt) ? null : text.ImageAlt.Trim();
        });
    }
}

public sealed class NewsTextEditModel : ITextEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(NewsTranslation.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [StringLength(NewsTranslation.TeaserMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Anreißer")]
    public string? Teaser { get; set; }

    [StringLength(NewsTranslation.BodyMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Text")]
    public string? Body { get; set; }

    [StringLength(NewsTranslation.ImageAltMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Alternativtext des Bildes")]
    public string? ImageAlt { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Teaser) && string.IsNullOrWhiteSpace(Body) && string.IsNullOrWhiteSpace(ImageAlt);

    public static NewsTextEditModel From(string culture, NewsTranslation? translation) => new()
    {
        Culture = culture,
        Title = translation?.Title,
        Teaser = translation?.Teaser,
        Body = translation?.Body,
        ImageAlt = translation?.ImageAlt,
    };
}
