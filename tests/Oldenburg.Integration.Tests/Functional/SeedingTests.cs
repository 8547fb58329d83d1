using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>These tests count rows, so they share the site that no test writes to.</summary>
[Collection(ReadOnlySite.Name)]
public class SeedingTests(SiteFactory site)
{
    /// <summary>The office's tasks as listed on its page ("Die wesentlichen Aufgaben ...").</summary>
    public static readonly IReadOnlyList<string> GermanTasks =
    [
        "Beratung und Unterstützung von Menschen mit Migrationsgeschichte und ihrer Vertreterorganisationen bei unterschiedlichen Fragestellungen und bei Diskriminierung/Benachteiligung",
        "Aufbereitung und Fortführung des städtischen Integrationskonzeptes „Vielfalt gemeinsam gestalten“",
        "Unterstützung und Schulung der Migrantenselbstorganisationen",
        "Bildungs- und Empowermentarbeit mit Eltern mit Migrationsgeschichte",
        "Vertretung der Interessen von ethnischen und religiösen Minderheiten als ständiges Mitglied in Gremien und Arbeitskreisen",
        "Beratung von Akteuren aus unterschiedlichen Themenfeldern zu Fragen der Integration und Migration sowie interkultureller Öffnung",
        "Pflege der kooperativen Strukturen mit relevanten Akteuren der Integrationsarbeit vor Ort und inhaltliche Unterstützung bei der Koordinierung von Projekten",
        "Aufbereitung und Pflege von mehrsprachigen Informationen und Veröffentlichungen der Stadt Oldenburg",
        "Aufbereitung und Pflege eines Integrationsmonitors",
    ];

    [Fact]
    public async Task Seed_NewDatabase_ContainsOfficeContactDetails()
    {
        var office = await site.WithDbAsync(db => db.OfficeProfiles.SingleAsync());

        Assert.Equal(OfficeProfile.SingletonId, office.Id);
        Assert.Equal("integration@stadt-oldenburg.de", office.Email);
        Assert.Equal("0441 235-3233", office.Phone);
        Assert.Equal("0441 235-2188", office.AlternativePhone);
        Assert.Equal("0441 235-3356", office.Fax);
        Assert.Equal("Markt 1", office.Street);
        Assert.Equal("26105", office.PostalCode);
        Assert.Equal("Oldenburg", office.City);
    }

    [Fact]
    public async Task Seed_NewDatabase_ContainsTheNineTasksAsPublishedOffers()
    {
        var offers = await site.WithDbAsync(db => db.Offers.Include(o => o.Translations).ToListAsync());

        Assert.Equal(9, offers.Count);
        Assert.All(offers, o => Assert.Equal(PublishState.Published, o.State));
        var germanSummaries = offers.Select(o => o.Translations.Single(t => t.Culture == "de").Summary);
        Assert.Equal(GermanTasks.Order(StringComparer.Ordinal), germanSummaries.Order(StringComparer.Ordinal));
        Assert.Equal(9, offers.Select(o => o.Slug).Distinct().Count());
        Assert.Contains(offers, o => o.Slug == "beratung-und-unterstuetzung");
    }

    [Fact]
    public async Task Seed_NewDatabase_TranslatesOfficeAndEveryOfferTitleToEnglishAndArabic()
    {
        var office = await site.WithDbAsync(db => db.OfficeProfiles.Include(p => p.Translations).SingleAsync());
        var offers = await site.WithDbAsync(db => db.Offers.Include(o => o.Translations).ToListAsync());

        foreach (var culture in new[] { "de", "en", "ar" })
        {
            var officeText = Assert.Single(office.Translations, t => t.Culture == culture);
            Assert.False(string.IsNullOrWhiteSpace(officeText.Name));
            Assert.All(offers, o => Assert.False(string.IsNullOrWhiteSpace(Assert.Single(o.Translations, t => t.Culture == culture).Title)));
        }

        var german = offers.Select(o => o.Translations.Single(t => t.Culture == "de").Title).ToHashSet();
        Assert.DoesNotContain(offers, o => german.Contains(o.Translations.Single(t => t.Culture == "en").Title));
    }

    [Fact]
    public async Task Seed_NewDatabase_CreatesBothStaffRolesButNoAccount()
    {
        var roles = await site.WithDbAsync(db => db.Roles.Select(r => r.Name).ToListAsync());
        var users = await site.WithDbAsync(db => db.Users.CountAsync());

        Assert.Equal(StaffRoles.All.Order(StringComparer.Ordinal), roles.Order(StringComparer.Ordinal));
        Assert.Equal(0, users);
    }

    [Fact]
    public async Task Seed_RestartOnSameDatabase_DoesNotDuplicate()
    {
        var before = await CountsAsync(site);

        using (var restarted = SiteFactory.Create(dataDirectory: site.DataDirectory))
        {
            Assert.Equal(before, await CountsAsync(restarted));
        }

        // One office in eight languages, nine tasks in eight languages each.
        Assert.Equal((1, 8, 9, 72, StaffRoles.All.Count), before);
    }

    private static Task<(int Offices, int OfficeTexts, int Offers, int OfferTexts, int Roles)> CountsAsync(SiteFactory factory) =>
        factory.WithDbAsync(async (AppDbContext db) => (
            await db.OfficeProfiles.CountAsync(),
            await db.Set<OfficeProfileTranslation>().CountAsync(),
            await db.Offers.CountAsync(),
            await db.OfferTranslations.CountAsync(),
            await db.Set<IdentityRole>().CountAsync()));
}
