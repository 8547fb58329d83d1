using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>
/// The concept page's first text: only what the office says about the concept itself, the rest left
/// as "[Bitte ergänzen: …]" for staff (ADR 0029). No fields of action are seeded: their titles, goals
/// and measures are the concept's content, which only the city can give.
/// </summary>
public static class SeedConcept
{
    public const string Title = "Integrationskonzept „Vielfalt gemeinsam gestalten“";

    public const string Purpose =
        "Die Stadt Oldenburg hat integrationspolitische Aufgaben zu einem zentralen Thema der Kommunalpolitik erklärt. "
        + "Zu den Aufgaben der Stabsstelle Integration gehört es, das städtische Integrationskonzept „Vielfalt gemeinsam gestalten“ "
        + "aufzubereiten und fortzuführen.\n\n"
        + "[Bitte ergänzen: Wozu das Integrationskonzept dient – seine Ziele und an wen es sich richtet.]";

    public const string Origin =
        "[Bitte ergänzen: Wie das Konzept entstanden ist – wer es erarbeitet hat, wann es beschlossen und wann es fortgeschrieben wurde.]";

    public static IntegrationConcept Concept(DateTime now)
    {
        var concept = new IntegrationConcept
        {
            Translations = [new IntegrationConceptTranslation { Culture = ContentTranslation.SourceCulture, Title = Title, Purpose = Purpose, Origin = Origin }],
        };
        concept.Touch(DatabaseInitializer.SystemUser, now);
        return concept;
    }
}
