using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.BrowserTests.Infrastructure;

/// <summary>
/// Puts the concept page in its filled state before any page is audited: an Arabic text beside the
/// seeded German one, one published field of action with measures, a task and a partner, and the
/// sample brochure as its document. The seed leaves all three empty, and the concept is one page,
/// so the audits see this state at <c>/{culture}/concept</c>. Marked as test content throughout.
/// </summary>
public static class FilledConcept
{
    public const string FieldSlug = "pruefung-handlungsfeld";

    public static async Task ApplyAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var concept = await db.IntegrationConcepts.Include(c => c.Translations).SingleAsync();
        concept.Translations.Add(new IntegrationConceptTranslation
        {
            Culture = "ar",
            Title = "مفهوم الاندماج (نص تجريبي)",
            Purpose = "نص تجريبي للفحص الآلي، **ليس** محتوى حقيقياً.\n\n- النقطة الأولى\n- النقطة الثانية",
            Origin = "نص تجريبي عن نشأة المفهوم.",
        });
        concept.PublicationId = await db.Publications.Where(p => p.Slug == SitePages.PublicationSlug).Select(p => p.Id).SingleAsync();
        var field = new FieldOfAction
        {
            Slug = FieldSlug,
            State = PublishState.Published,
            Translations =
            [
                new FieldOfActionTranslation { Culture = "de", Title = "Prüffeld (Testinhalt)", Goal = "Ein Ziel als **Testinhalt** für die automatische Prüfung.", MeasuresText = "Erste Testmaßnahme\nZweite Testmaßnahme" },
                new FieldOfActionTranslation { Culture = "ar", Title = "مجال تجريبي", Goal = "هدف تجريبي للفحص الآلي.", MeasuresText = "الإجراء التجريبي الأول\nالإجراء التجريبي الثاني" },
            ],
            Offers = await db.Offers.Where(o => o.Slug == SitePages.OfferSlug).ToListAsync(),
            Partners = await db.Partners.Where(p => p.Slug == SitePages.PartnerSlug).ToListAsync(),
        };
        field.Touch("tests", DateTime.UtcNow);
        db.FieldsOfAction.Add(field);
        await db.SaveChangesAsync();
    }
}
