using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>
/// Three sample events, each marked as a sample in its title and on its page. What they are about,
/// where and by whom comes from the office's own description (its tasks, its address); the dates are
/// relative to the seeding day, and one lies in the past so the archive has an entry.
/// </summary>
public static class EventSeed
{
    private sealed record Text(string Culture, string Title, string Description);

    private sealed record Sample(string Slug, int DaysFromNow, TimeOnly? Start, TimeOnly? End, string Offer, string[] Topics, string[] Languages, bool Registration, Text[] Texts);

    private const string Office = "Stabsstelle Integration";
    private const string OfficeEmail = "integration@stadt-oldenburg.de";

    private static readonly Sample[] Samples =
    [
        new("beispiel-infoabend-integrationskonzept", 21, new TimeOnly(18, 0), new TimeOnly(20, 0), "integrationskonzept", [], ["de"], false,
        [
            new("de", "Beispiel: Informationsabend zum Integrationskonzept", "Beispiel für eine Veranstaltung: Die Stabsstelle Integration stellt das städtische Integrationskonzept „Vielfalt gemeinsam gestalten“ vor. Datum und Uhrzeit sind Platzhalter."),
            new("en", "Sample: Information evening on the integration concept", "Sample event: the Integration Office presents the city's integration concept \"Vielfalt gemeinsam gestalten\". Date and time are placeholders."),
            new("ar", "مثال: أمسية إعلامية حول مفهوم الاندماج", "مثال لفعالية: يعرض مكتب الاندماج مفهوم الاندماج الخاص بالمدينة. التاريخ والوقت عناصر مؤقتة."),
        ]),
        new("beispiel-elternabend-bildung", 35, new TimeOnly(17, 0), new TimeOnly(19, 0), "elternarbeit", ["parents-family", "education-school"], ["de", "ar"], true,
        [
            new("de", "Beispiel: Elternabend Bildung und Empowerment", "Beispiel für eine Veranstaltung der Bildungs- und Empowermentarbeit mit Eltern mit Migrationsgeschichte. Datum, Uhrzeit und Sprachen sind Platzhalter."),
            new("en", "Sample: Parents' evening on education and empowerment", "Sample of an event in the education and empowerment work with parents with a migration background. Date, time and languages are placeholders."),
            new("ar", "مثال: أمسية للآباء حول التعليم والتمكين", "مثال لفعالية ضمن العمل التعليمي والتمكيني مع الآباء من ذوي خلفية الهجرة. التاريخ والوقت واللغات عناصر مؤقتة."),
        ]),
        new("beispiel-schulung-migrantenselbstorganisationen", -14, null, null, "migrantenselbstorganisationen", [], ["de"], true,
        [
            new("de", "Beispiel: Schulungstag für Migrantenselbstorganisationen", "Beispiel für eine vergangene Veranstaltung: ein Schulungstag zur Unterstützung von Migrantenselbstorganisationen. Das Datum ist ein Platzhalter."),
            new("en", "Sample: Training day for migrant organisations", "Sample of a past event: a training day supporting migrant organisations. The date is a placeholder."),
        ]),
    ];

    public static async Task<int> AddAsync(AppDbContext db, PublishState state, DateTime now, CancellationToken cancellationToken)
    {
        var topics = await db.Topics.ToListAsync(cancellationToken);
        var languages = await db.ServiceLanguages.ToListAsync(cancellationToken);
        var offers = await db.Offers.ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(BerlinTime.ToLocal(now));
        foreach (var sample in Samples)
        {
            var day = today.AddDays(sample.DaysFromNow);
            var (times, _, _) = EventTimes.Resolve(day, sample.Start, day, sample.End, allDay: sample.Start is null);
            var item = new EventItem
            {
                Slug = sample.Slug,
                StartLocal = times!.StartLocal,
                EndLocal = times.EndLocal,
                IsAllDay = times.IsAllDay,
                StartsAtUtc = times.StartsAtUtc,
                EndsAtUtc = times.EndsAtUtc,
                PlaceName = "Altes Rathaus",
                Street = "Markt 1",
                PostalCode = "26105",
                City = "Oldenburg",
                Organizer = Office,
                RegistrationRequired = sample.Registration,
                RegistrationContact = sample.Registration ? OfficeEmail : null,
                IsSample = true,
                State = state,
                Topics = [.. topics.Where(t => sample.Topics.Contains(t.Key))],
                Languages = [.. languages.Where(l => sample.Languages.Contains(l.Key))],
                Offers = [.. offers.Where(o => o.Slug == sample.Offer)],
                Translations = [.. sample.Texts.Select(t => new EventTranslation { Culture = t.Culture, Title = t.Title, Description = t.Description })],
            };
            item.Touch(DatabaseInitializer.SystemUser, now);
            db.Events.Add(item);
        }

        return Samples.Length;
    }
}
