using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>
/// Applies migrations (unless a DBA does), creates the staff roles and seeds the first content.
/// Each part is seeded once and recorded in <see cref="SeedRun"/>, so content staff delete stays deleted.
/// </summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db,
    DatabaseOptions options,
    RoleManager<IdentityRole> roles,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public const string SystemUser = "system";
    public const string OfficeSeed = "office-and-offers";
    public const string PagesSeed = "pages";
    public const string EasyReadSeed = "easy-read-pages";
    public const string LookupsSeed = "partner-lookups";
    public const string PartnersSeed = "partners";
    public const string LinkCategoriesSeed = "link-categories";
    public const string ConceptSeed = "concept";
    public const string PublicationsSeed = "publications";
    public const string NewsItemsSeed = "news";
    public const string EventsSeed = "events";
    public const string MonitorSeedKey = "monitor";
    public const string NewLanguagesSeedKey = "languages-tr-ru-uk-fa-pl";

    // Only the classification: which links and books the office recommends is for staff to decide.
    private static readonly SeedLookup[] LinkCategories =
    [
        new("behoerden", new Dictionary<string, string>
        {
            ["de"] = "Behörden und Ämter", ["en"] = "Public authorities", ["ar"] = "الجهات الحكومية", ["tr"] = "Resmî kurumlar",
            ["ru"] = "Государственные органы", ["uk"] = "Державні органи", ["fa"] = "ادارات دولتی", ["pl"] = "Urzędy i instytucje publiczne",
        }),
        new("beratung", new Dictionary<string, string>
        {
            ["de"] = "Beratung und Unterstützung", ["en"] = "Advice and support", ["ar"] = "الاستشارة والدعم", ["tr"] = "Danışmanlık ve destek",
            ["ru"] = "Консультации и поддержка", ["uk"] = "Консультації та підтримка", ["fa"] = "مشاوره و پشتیبانی", ["pl"] = "Doradztwo i wsparcie",
        }),
        new("sprache-und-bildung", new Dictionary<string, string>
        {
            ["de"] = "Sprache und Bildung", ["en"] = "Language and education", ["ar"] = "اللغة والتعليم", ["tr"] = "Dil ve eğitim",
            ["ru"] = "Язык и образование", ["uk"] = "Мова та освіта", ["fa"] = "زبان و آموزش", ["pl"] = "Język i edukacja",
        }),
    ];

    /// <summary>Invented details are never published in Production; elsewhere only when configured (default: Development).</summary>
    public bool PublishesSampleData => !environment.IsProduction() && (options.PublishSampleData ?? environment.IsDevelopment());

    private PublishState SampleState => PublishesSampleData ? PublishState.Published : PublishState.Draft;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers go on while one writer writes, so two processes on one file
            // (several instances, or the site beside a command) wait for each other instead of failing.
            // It is a property of the file, kept once set. Waiting is Microsoft.Data.Sqlite's: a busy
            // statement is retried until the command timeout (Default Timeout, 30 s).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        // Asking first keeps a start on an up-to-date database cheap: MigrateAsync also compares the
        // model with the last migration's snapshot, which costs a good part of a second at start-up.
        if (options.MigrateOnStartup && (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (!options.SeedOnStartup)
        {
            return;
        }

        var existingRoles = await roles.Roles.Where(r => r.Name != null).Select(r => r.Name!).ToListAsync(cancellationToken);
        foreach (var role in StaffRoles.All.Except(existingRoles))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        seeded = [.. await db.SeedRuns.Select(r => r.Key).ToListAsync(cancellationToken)];

        await SeedOnceAsync(OfficeSeed, () => db.OfficeProfiles.AnyAsync(cancellationToken), () =>
        {
            var seed = SeedContent.Load();
            var now = Now;
            db.OfficeProfiles.Add(SeedEntities.Office(seed.Office, now));
            db.Offers.AddRange(seed.Offers.Select(o => SeedEntities.Offer(o, now)));
            LogSeeded(logger, seed.Offers.Count);
            return Task.CompletedTask;
        }, cancellationToken);

        await SeedOnceAsync(PagesSeed, () => db.Pages.AnyAsync(cancellationToken), () =>
        {
            var pages = SeedPages.Load().Pages;
            db.Pages.AddRange(pages.Select(p => SeedEntities.Page(p, Now, SampleState)));
            LogSeededPages(logger, pages.Count);
            return Task.CompletedTask;
        }, cancellationToken);

        // Facts only from the office profile, so published at once; a slug staff already use is left alone.
        await SeedOnceAsync(EasyReadSeed, () => db.Pages.AnyAsync(p => p.EasyRead, cancellationToken), async () =>
        {
            var taken = await db.Pages.Select(p => p.Slug).ToListAsync(cancellationToken);
            var pages = SeedPages.Load(SeedPages.EasyReadPages).Pages.Where(p => !taken.Contains(p.Slug)).ToList();
            db.Pages.AddRange(pages.Select(p => SeedEntities.Page(p, Now, SampleState)));
            LogSeededPages(logger, pages.Count);
        }, cancellationToken);

        await SeedOnceAsync(ConceptSeed, () => db.IntegrationConcepts.AnyAsync(cancellationToken), () =>
        {
            db.IntegrationConcepts.Add(SeedConcept.Concept(Now));
            return Task.CompletedTask;
        }, cancellationToken);

        await SeedPartnersAsync(cancellationToken);
        await SeedOnceAsync(LinkCategoriesSeed, () => db.LinkCategories.AnyAsync(cancellationToken), () =>
        {
            db.LinkCategories.AddRange(PartnerSeed.Lookups<LinkCategory, LinkCategoryTranslation>(LinkCategories, l => l.Translations));
            return Task.CompletedTask;
        }, cancellationToken);

        // After the topics and offers, which the samples point to.
        await SeedOnceAsync(PublicationsSeed, () => db.Publications.AnyAsync(cancellationToken), async () =>
        {
            var count = await PublicationSeed.AddAsync(db, SampleState, Now, cancellationToken);
            LogSeededPublications(logger, count);
        }, cancellationToken);

        // After the offers, which the samples link to.
        await SeedOnceAsync(NewsItemsSeed, () => db.News.AnyAsync(cancellationToken), async () =>
        {
            var count = await NewsSeed.AddAsync(db, SampleState, Now, cancellationToken);
            LogSeededNews(logger, count);
        }, cancellationToken);

        await SeedOnceAsync(EventsSeed, () => db.Events.AnyAsync(cancellationToken), async () =>
        {
            var count = await EventSeed.AddAsync(db, SampleState, Now, cancellationToken);
            LogSeededEvents(logger, count);
        }, cancellationToken);

        // After the district lookups, which the district figures point to.
        await SeedOnceAsync(MonitorSeedKey, () => db.Monitor.AnyAsync(cancellationToken), async () =>
        {
            var count = await MonitorSeed.AddAsync(db, SampleState, Now, cancellationToken);
            LogSeededMonitor(logger, count);
        }, cancellationToken);

        // After every part it completes. On a new database the parts above already brought every language, so it adds nothing.
        await SeedOnceAsync(NewLanguagesSeedKey, () => Task.FromResult(false), async () =>
        {
            var count = await NewLanguagesSeed.AddMissingAsync(db, LinkCategories, cancellationToken);
            LogSeededLanguages(logger, count);
        }, cancellationToken);
    }

    /// <summary>The lookup lists and the first directory entries, each once.</summary>
    public async Task SeedPartnersAsync(CancellationToken cancellationToken = default)
    {
        var seed = PartnerSeed.Load();
        await SeedOnceAsync(LookupsSeed, () => db.PartnerTypes.AnyAsync(cancellationToken), () =>
        {
            db.PartnerTypes.AddRange(PartnerSeed.Lookups<PartnerType, PartnerTypeTranslation>(seed.Types, l => l.Translations));
            db.Topics.AddRange(PartnerSeed.Lookups<Topic, TopicTranslation>(seed.Topics, l => l.Translations));
            db.Districts.AddRange(PartnerSeed.Lookups<District, DistrictTranslation>(seed.Districts, l => l.Translations));
            db.ServiceLanguages.AddRange(PartnerSeed.Lookups<ServiceLanguage, ServiceLanguageTranslation>(seed.Languages, l => l.Translations));
            return Task.CompletedTask;
        }, cancellationToken);

        await SeedOnceAsync(PartnersSeed, () => db.Partners.AnyAsync(cancellationToken), async () =>
        {
            var lookups = await SeedLookupIndex.LoadAsync(db, cancellationToken);
            var partners = seed.Partners.Select(p => SeedEntities.Partner(p, lookups, Now, SampleState)).OfType<Partner>().ToList();
            db.Partners.AddRange(partners);
            LogSeededPartners(logger, partners.Count);
        }, cancellationToken, upgrade: UnmarkSeededAsCheckedAsync);
    }

    // What ran before, read once at start-up; null when SeedPartnersAsync is called on its own.
    private HashSet<string>? seeded;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Seeds <paramref name="key"/> unless it ran before. A database from before the record existed
    /// that already has content only gets the record, and its seeded partners lose the "checked" stamp.
    /// </summary>
    private async Task SeedOnceAsync(
        string key, Func<Task<bool>> hasContent, Func<Task> seed, CancellationToken cancellationToken, Func<CancellationToken, Task>? upgrade = null)
    {
        if (seeded is not null ? seeded.Contains(key) : await db.SeedRuns.AnyAsync(r => r.Key == key, cancellationToken))
        {
            return;
        }

        if (!await hasContent())
        {
            await seed();
        }
        else if (upgrade is not null)
        {
            await upgrade(cancellationToken);
        }

        db.SeedRuns.Add(new SeedRun { Key = key, RanAt = Now });
        await db.SaveChangesAsync(cancellationToken);
        seeded?.Add(key);
    }

    /// <summary>
    /// Entries stamped "checked by system" were never checked by a person. Those no one has edited
    /// either are the seeded placeholders: sample data, and not public where sample data may not be.
    /// </summary>
    private async Task UnmarkSeededAsCheckedAsync(CancellationToken cancellationToken)
    {
        var stamped = db.Partners.Where(p => p.LastCheckedBy == SystemUser);
        var placeholders = stamped.Where(p => p.UpdatedBy == SystemUser);
        await placeholders.ExecuteUpdateAsync(s => s.SetProperty(p => p.IsSample, true), cancellationToken);
        if (!PublishesSampleData)
        {
            await placeholders.ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PublishState.Draft), cancellationToken);
        }

        await stamped.ExecuteUpdateAsync(
            s => s.SetProperty(p => p.LastCheckedAt, (DateTime?)null).SetProperty(p => p.LastCheckedBy, (string?)null),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {TextCount} seeded texts in the newer languages")]
    private static partial void LogSeededLanguages(ILogger logger, int textCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {PageCount} standing pages")]
    private static partial void LogSeededPages(ILogger logger, int pageCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the office profile and {OfferCount} offers")]
    private static partial void LogSeeded(ILogger logger, int offerCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {NewsCount} sample news items")]
    private static partial void LogSeededNews(ILogger logger, int newsCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {PublicationCount} sample publications")]
    private static partial void LogSeededPublications(ILogger logger, int publicationCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {IndicatorCount} monitor indicators")]
    private static partial void LogSeededMonitor(ILogger logger, int indicatorCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {EventCount} sample events")]
    private static partial void LogSeededEvents(ILogger logger, int eventCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the partner directory with {PartnerCount} sample entries")]
    private static partial void LogSeededPartners(ILogger logger, int partnerCount);
}
