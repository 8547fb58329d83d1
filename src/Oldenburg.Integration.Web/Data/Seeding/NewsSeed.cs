using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>
/// Three sample news items, each marked as a sample in its title and on its page. They only restate
/// what the office says about itself on its current website; they announce nothing.
/// </summary>
public static class NewsSeed
{
    private sealed record SampleText(string Culture, string Title, string Teaser, string Body);

    private sealed record Sample(string Slug, string[] Tasks, SampleText[] Texts);

    private static readonly Sample[] Samples =
    [
        new("beispiel-stabsstelle-beim-oberbuergermeister", [],
        [
            new("de", "Beispiel: Die Stabsstelle Integration gehört zum Büro des Oberbürgermeisters",
                "Beispielmeldung: Seit dem 1. Mai 2008 ist die Stabsstelle Integration direkt dem Büro des Oberbürgermeisters zugeordnet.",
                "Integration, Migration und Teilhabe sind für die Stadt Oldenburg ein zentrales Thema der Kommunalpolitik. Seit dem 1. Mai 2008 ist die Stabsstelle Integration deshalb direkt dem Büro des Oberbürgermeisters zugeordnet.\n\n*Dies ist eine Beispielmeldung.*"),
            new("en", "Sample: The Integration Office is part of the Lord Mayor's office",
                "Sample news: since 1 May 2008 the Integration Office (Stabsstelle Integration) has reported directly to the Lord Mayor's office.",
                "Integration, migration and participation are a central topic of local politics for the City of Oldenburg. Since 1 May 2008 the Integration Office has therefore been part of the Lord Mayor's office.\n\n*This is a sample news item.*"),
            new("ar", "مثال: مكتب الاندماج تابع لمكتب العمدة",
                "خبر تجريبي: منذ 1 مايو 2008 يتبع مكتب الاندماج (Stabsstelle Integration) مباشرة مكتب العمدة.",
                "الاندماج والهجرة والمشاركة موضوع محوري في السياسة المحلية لمدينة أولدنبورغ. لذلك يتبع مكتب الاندماج منذ 1 مايو 2008 مباشرة مكتب العمدة.\n\n*هذا خبر تجريبي.*"),
        ]),
        new("beispiel-integrationskonzept", ["integrationskonzept"],
        [
            new("de", "Beispiel: Das Integrationskonzept „Vielfalt gemeinsam gestalten“",
                "Beispielmeldung: Die Stabsstelle Integration bereitet das städtische Integrationskonzept auf und führt es fort.",
                "Zu den Aufgaben der Stabsstelle Integration gehört die Aufbereitung und Fortführung des städtischen Integrationskonzeptes „Vielfalt gemeinsam gestalten“.\n\n*Dies ist eine Beispielmeldung.*"),
            new("en", "Sample: The integration concept “Vielfalt gemeinsam gestalten”",
                "Sample news: the Integration Office prepares and continues the city's integration concept.",
                "One of the Integration Office's tasks is to prepare and continue the city's integration concept “Vielfalt gemeinsam gestalten” (shaping diversity together).\n\n*This is a sample news item.*"),
            new("ar", "مثال: مفهوم الاندماج «Vielfalt gemeinsam gestalten»",
                "خبر تجريبي: يُعِدّ مكتب الاندماج مفهوم الاندماج الخاص بالمدينة ويواصل تطويره.",
                "من مهام مكتب الاندماج إعداد مفهوم الاندماج الخاص بالمدينة «Vielfalt gemeinsam gestalten» (تشكيل التنوع معًا) ومواصلة تطويره.\n\n*هذا خبر تجريبي.*"),
        ]),
        new("beispiel-mehrsprachige-informationen", ["mehrsprachige-informationen", "integrationsmonitor"],
        [
            new("de", "Beispiel: Mehrsprachige Informationen und Integrationsmonitor",
                "Beispielmeldung: Die Stabsstelle pflegt mehrsprachige Informationen und Veröffentlichungen der Stadt sowie einen Integrationsmonitor.",
                "Die Stabsstelle Integration bereitet mehrsprachige Informationen und Veröffentlichungen der Stadt Oldenburg auf und pflegt sie. Außerdem bereitet sie einen Integrationsmonitor auf und pflegt ihn.\n\n*Dies ist eine Beispielmeldung.*"),
            new("en", "Sample: Multilingual information and the integration monitor",
                "Sample news: the office maintains the city's multilingual information and publications and an integration monitor.",
                "The Integration Office prepares and maintains multilingual information and publications of the City of Oldenburg. It also prepares and maintains an integration monitor.\n\n*This is a sample news item.*"),
            new("ar", "مثال: معلومات متعددة اللغات ومرصد الاندماج",
                "خبر تجريبي: يعتني المكتب بالمعلومات والمنشورات متعددة اللغات للمدينة وبمرصد للاندماج.",
                "يُعِدّ مكتب الاندماج المعلومات والمنشورات متعددة اللغات لمدينة أولدنبورغ ويعتني بها. كما يُعِدّ مرصدًا للاندماج ويعتني به.\n\n*هذا خبر تجريبي.*"),
        ]),
    ];

    public static async Task<int> AddAsync(AppDbContext db, PublishState state, DateTime now, CancellationToken cancellationToken)
    {
        var offers = await db.Offers.ToListAsync(cancellationToken);
        foreach (var sample in Samples)
        {
            var item = new NewsItem
            {
                Slug = sample.Slug,
                IsSample = true,
                State = state,
                Offers = [.. offers.Where(o => sample.Tasks.Contains(o.Slug))],
                Translations = [.. sample.Texts.Select(t => new NewsTranslation { Culture = t.Culture, Title = t.Title, Teaser = t.Teaser, Body = t.Body })],
            };
            item.StampFirstPublication(now);
            item.Touch(DatabaseInitializer.SystemUser, now);
            db.News.Add(item);
        }

        return Samples.Length;
    }
}
