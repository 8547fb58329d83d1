namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// The city's integration concept "Vielfalt gemeinsam gestalten": what it is for and how it came
/// about. There is exactly one row; its fields of action are <see cref="FieldOfAction"/> items.
/// </summary>
public class IntegrationConcept : IEditableContent
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>The publication that holds the concept document; the page links it only while it is published.</summary>
    public int? PublicationId { get; set; }

    public ICollection<IntegrationConceptTranslation> Translations { get; set; } = [];

    public void Touch(string changedBy, DateTime utcNow) => (UpdatedAt, UpdatedBy) = (utcNow, changedBy);
}

public class IntegrationConceptTranslation : ContentTranslation, ITitledText
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 20_000;

    public int IntegrationConceptId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Rich text: what the concept is for.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>Rich text: how the concept came about and was carried forward.</summary>
    public string? Origin { get; set; }
}
