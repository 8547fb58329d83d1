using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Publications;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>
/// A handful of sample publications, each marked as a sample in its title and on its page, with
/// generated placeholder PDFs. Nothing here describes a real brochure of the city.
/// </summary>
public static class PublicationSeed
{
    private sealed record SampleVersion(string Language, string Title, string Summary, int Pages);

    private sealed record Sample(string Slug, string Topic, string Task, int Year, string? Series, string Audience, string FileStem, SampleVersion[] Versions);

    private static readonly Sample[] Samples =
    [
        new("beispiel-willkommensbroschuere", "residence-legal", "mehrsprachige-informationen", 2025, "Beispielreihe Wegweiser", PublicationAudiences.Newcomers, "willkommen",
        [
            new("de", "Beispiel: Willkommensbroschüre", "Beispiel für eine Broschüre mit ersten Hinweisen für neu Zugewanderte. Die Datei ist ein Platzhalter.", 4),
            new("en", "Sample: Welcome brochure", "Sample of a brochure with first pointers for newcomers. The file is a placeholder.", 4),
            new("ar", "مثال: كتيّب الترحيب", "مثال لكتيّب يتضمن إرشادات أولى للقادمين الجدد. الملف عنصر مؤقت.", 4),
            new("tr", "Örnek: Hoş geldiniz broşürü", "Yeni gelenler için ilk bilgileri içeren bir broşür örneği. Dosya bir yer tutucudur.", 4),
            new("uk", "Приклад: Вітальна брошура", "Приклад брошури з першими порадами для новоприбулих. Файл є заповнювачем.", 4),
        ]),
        new("beispiel-elternratgeber-schule", "education-school", "elternarbeit", 2024, null, PublicationAudiences.Parents, "elternratgeber",
        [
            new("de", "Beispiel: Elternratgeber Schule", "Beispiel für einen Ratgeber für Eltern rund um die Schule. Die Datei ist ein Platzhalter.", 2),
            new("ar", "مثال: دليل الآباء حول المدرسة", "مثال لدليل للآباء حول المدرسة. الملف عنصر مؤقت.", 2),
            new("fa", "نمونه: راهنمای مدرسه برای والدین", "نمونه‌ای از یک راهنما برای والدین دربارهٔ مدرسه. این فایل جایگزین موقت است.", 2),
        ]),
        new("beispiel-flyer-beratung", "work-recognition", "beratung-und-unterstuetzung", 2025, null, PublicationAudiences.Everyone, "flyer-beratung",
        [
            new("de", "Beispiel: Flyer Beratung", "Beispiel für einen Flyer, der auf Beratungsangebote hinweist. Die Datei ist ein Platzhalter.", 1),
            new("en", "Sample: Advice flyer", "Sample of a flyer pointing to advice services. The file is a placeholder.", 1),
            new("ru", "Пример: листовка о консультациях", "Пример листовки о консультационных услугах. Файл является заполнителем.", 1),
        ]),
        new("beispiel-bericht", "anti-discrimination", "integrationsmonitor", 2023, "Beispielreihe Berichte", PublicationAudiences.Professionals, "bericht",
        [
            new("de", "Beispiel: Bericht", "Beispiel für einen Bericht für Fachkräfte, nur auf Deutsch. Die Datei ist ein Platzhalter.", 3),
        ]),
    ];

    public static async Task<int> AddAsync(AppDbContext db, PublishState state, DateTime now, CancellationToken cancellationToken)
    {
        var topics = await db.Topics.Select(t => new { t.Key, t.Id }).ToDictionaryAsync(t => t.Key, t => t.Id, cancellationToken);
        var offers = await db.Offers.Select(o => new { o.Slug, o.Id }).ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        var files = new PublicationFiles(db, new FixedClock(now));
        foreach (var sample in Samples)
        {
            var publication = new Publication
            {
                Slug = sample.Slug,
                TopicId = topics.GetValueOrDefault(sample.Topic) is var topic and > 0 ? topic : null,
                OfferId = offers.GetValueOrDefault(sample.Task) is var offer and > 0 ? offer : null,
                Year = sample.Year,
                Series = sample.Series,
                Audience = sample.Audience,
                IsSample = true,
                State = state,
            };
            foreach (var version in sample.Versions)
            {
                var data = SamplePdf.Create($"Beispiel: {sample.FileStem}", version.Language, version.Pages);
                publication.Translations.Add(new PublicationVersion
                {
                    Culture = version.Language,
                    Title = version.Title,
                    Summary = version.Summary,
                    FileName = files.Add(data, "pdf", "application/pdf"),
                    DownloadName = $"beispiel-{sample.FileStem}-{version.Language}.pdf",
                    ContentType = "application/pdf",
                    FileSize = data.LongLength,
                    PageCount = version.Pages,
                    FileUpdatedAt = now,
                });
            }

            publication.Touch(DatabaseInitializer.SystemUser, now);
            db.Publications.Add(publication);
        }

        return Samples.Length;
    }

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(now, DateTimeKind.Utc));
    }
}
