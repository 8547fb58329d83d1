namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// An event ("Veranstaltung"): a course start, an information evening. Times are Oldenburg's wall
/// clock as editors typed them; the UTC instants beside them are derived on save (ADR 0031).
/// </summary>
public class EventItem : ContentItem, ITranslatedContent<EventTranslation>
{
    public const int PlaceMaxLength = 200;
    public const int StreetMaxLength = 200;
    public const int PostalCodeMaxLength = 10;
    public const int CityMaxLength = 100;
    public const int UrlMaxLength = 500;
    public const int OrganizerMaxLength = 200;
    public const int ContactMaxLength = 300;
    public const int FeeMaxLength = 200;

    /// <summary>Berlin wall-clock start; for an all-day event the first day at midnight.</summary>
    public DateTime StartLocal { get; set; }

    /// <summary>Berlin wall-clock end; for an all-day event the last day (inclusive) at midnight.</summary>
    public DateTime EndLocal { get; set; }

    public bool IsAllDay { get; set; }

    /// <summary>Derived from <see cref="StartLocal"/> on save, for ordering and feeds.</summary>
    public DateTime StartsAtUtc { get; set; }

    /// <summary>The instant the event is over (after an all-day event's last day); the archive boundary.</summary>
    public DateTime EndsAtUtc { get; set; }

    public bool IsOnline { get; set; }

    public string? OnlineUrl { get; set; }

    public string? PlaceName { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string Organizer { get; set; } = "";

    public int? OrganizerPartnerId { get; set; }

    public Partner? OrganizerPartner { get; set; }

    public bool RegistrationRequired { get; set; }

    public string? RegistrationUrl { get; set; }

    public string? RegistrationContact { get; set; }

    public bool BarrierFree { get; set; }

    public bool IsFree { get; set; } = true;

    public string? FeeText { get; set; }

    /// <summary>Seeded example entries say so on their page, like sample partners.</summary>
    public bool IsSample { get; set; }

    public ICollection<EventTranslation> Translations { get; set; } = [];

    public ICollection<Topic> Topics { get; set; } = [];

    public ICollection<ServiceLanguage> Languages { get; set; } = [];

    /// <summary>The office's tasks the event belongs to; their pages list it.</summary>
    public ICollection<Offer> Offers { get; set; } = [];

    public bool HasAddress => !string.IsNullOrWhiteSpace(Street) || !string.IsNullOrWhiteSpace(City);
}

public class EventTranslation : ContentTranslation, ITitledText
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 10_000;

    public int EventItemId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Rich text.</summary>
    public string Description { get; set; } = "";
}
