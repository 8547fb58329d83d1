using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data.Configurations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Events;

/// <summary>What the event form posts. Dates and times are Berlin wall clock, as the editor types them; links are ids checked on save.</summary>
public sealed partial class EventEditModel : WorkflowEditModel<EventTextEditModel>, IValidatableObject, IWorkflowEditModel, IEditModelFor<EventItem, EventEditModel>
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(ContentConfigurationExtensions.SlugMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [NotReservedSlug]
    [Display(Name = "Adresse (Slug)")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Beginn (Datum)")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Beginn (Uhrzeit)")]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Ende (Datum)")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Ende (Uhrzeit)")]
    public TimeOnly? EndTime { get; set; }

    [Display(Name = "Ganztägig")]
    public bool IsAllDay { get; set; }

    [Display(Name = "Online-Veranstaltung")]
    public bool IsOnline { get; set; }

    [StringLength(EventItem.UrlMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Link zur Online-Veranstaltung")]
    public string? OnlineUrl { get; set; }

    [StringLength(EventItem.PlaceMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Ort (Name)")]
    public string? PlaceName { get; set; }

    [StringLength(EventItem.StreetMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Straße und Hausnummer")]
    public string? Street { get; set; }

    [StringLength(EventItem.PostalCodeMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Postleitzahl")]
    public string? PostalCode { get; set; }

    [StringLength(EventItem.CityMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Ort")]
    public string? City { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(EventItem.OrganizerMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Veranstalter")]
    public string Organizer { get; set; } = "";

    [Display(Name = "Veranstalter im Partnerverzeichnis")]
    public int? OrganizerPartnerId { get; set; }

    [Display(Name = "Sprachen der Veranstaltung")]
    public List<int> LanguageIds { get; set; } = [];

    [Display(Name = "Themen")]
    public List<int> TopicIds { get; set; } = [];

    [Display(Name = "Aufgaben der Stabsstelle")]
    public List<int> OfferIds { get; set; } = [];

    [Display(Name = "Anmeldung erforderlich")]
    public bool RegistrationRequired { get; set; }

    [StringLength(EventItem.UrlMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Link zur Anmeldung")]
    public string? RegistrationUrl { get; set; }

    [StringLength(EventItem.ContactMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Anmeldung bei (Kontakt)")]
    public string? RegistrationContact { get; set; }

    [Display(Name = "Barrierefreier Zugang")]
    public bool BarrierFree { get; set; }

    [Display(Name = "Kostenlos")]
    public bool IsFree { get; set; } = true;

    [StringLength(EventItem.FeeMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Kosten")]
    public string? FeeText { get; set; }

    [Display(Name = "Beispieleintrag")]
    public bool IsSample { get; set; }

    public static EventEditModel Empty() => new() { City = "Oldenburg", Texts = [.. SupportedCultures.Names.Select(c => new EventTextEditModel { Culture = c })] };

    public static EventEditModel From(EventItem item) => new()
    {
        Slug = item.Slug,
        StartDate = DateOnly.FromDateTime(item.StartLocal),
        StartTime = item.IsAllDay ? null : TimeOnly.FromDateTime(item.StartLocal),
        EndDate = DateOnly.FromDateTime(item.EndLocal),
        EndTime = item.IsAllDay ? null : TimeOnly.FromDateTime(item.EndLocal),
        IsAllDay = item.IsAllDay,
        IsOnline = item.IsOnline,
        OnlineUrl = item.OnlineUrl,
        PlaceName = item.PlaceName,
        Street = item.Street,
        PostalCode = item.PostalCode,
        City = item.City,
        Organizer = item.Organizer,
        OrganizerPartnerId = item.OrganizerPartnerId,
        LanguageIds = [.. item.Languages.Select(l => l.Id).Order()],
        TopicIds = [.. item.Topics.Select(t => t.Id).Order()],
        OfferIds = [.. item.Offers.Select(o => o.Id).Order()],
        RegistrationRequired = item.RegistrationRequired,
        RegistrationUrl = item.RegistrationUrl,
        RegistrationContact = item.RegistrationContact,
        BarrierFree = item.BarrierFree,
        IsFree = item.IsFree,
        FeeText = item.FeeText,
        IsSample = item.IsSample,
        State = item.State,
        LoadedState = item.State,
        LoadedVersion = item.UpdatedAt.Ticks,
        Texts = [.. SupportedCultures.Names.Select(c => EventTextEditModel.From(c, item.Translations.FirstOrDefault(t => t.Culture == c)))],
    };

    /// <summary>The stored times of a valid form; null while the dates are incomplete or contradict each other.</summary>
    public EventTimes? Times => StartDate is { } start ? EventTimes.Resolve(start, StartTime, EndDate, EndTime, IsAllDay).Times : null;

    /// <summary>Copies everything but the links, which need loaded entities.</summary>
    public void ApplyTo(EventItem item)
    {
        item.Slug = Slug.Trim();
        item.State = State;
        if (Times is { } times)
        {
            item.StartLocal = times.StartLocal;
            item.EndLocal = times.EndLocal;
            item.IsAllDay = times.IsAllDay;
            item.StartsAtUtc = times.StartsAtUtc;
            item.EndsAtUtc = times.EndsAtUtc;
        }

        item.IsOnline = IsOnline;
        item.OnlineUrl = IsOnline ? NullIfBlank(OnlineUrl) : null;
        item.PlaceName = NullIfBlank(PlaceName);
        item.Street = NullIfBlank(Street);
        item.PostalCode = NullIfBlank(PostalCode);
        item.City = NullIfBlank(City);
        item.Organizer = Organizer.Trim();
        item.OrganizerPartnerId = OrganizerPartnerId;
        item.RegistrationRequired = RegistrationRequired;
        item.RegistrationUrl = RegistrationRequired ? NullIfBlank(RegistrationUrl) : null;
        item.RegistrationContact = RegistrationRequired ? NullIfBlank(RegistrationContact) : null;
        item.BarrierFree = BarrierFree;
        item.IsFree = IsFree;
        item.FeeText = IsFree ? null : NullIfBlank(FeeText);
        item.IsSample = IsSample;
        TranslationTexts.ApplyTo(Texts, item.Translations, (text, translation) =>
        {
            translation.Title = text.Title?.Trim() ?? "";
            translation.Description = text.Description?.Trim() ?? "";
        });
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class EventTextEditModel : ITextEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(EventTranslation.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [StringLength(EventTranslation.DescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Beschreibung")]
    public string? Description { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Description);

    public static EventTextEditModel From(string culture, EventTranslation? translation) => new()
    {
        Culture = culture,
        Title = translation?.Title,
        Description = translation?.Description,
    };
}
