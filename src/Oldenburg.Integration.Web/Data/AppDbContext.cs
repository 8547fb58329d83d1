using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Data;

/// <summary>
/// The one context for content and Identity. Each database provider has a subclass only so
/// that it can own its migrations set (see docs/adr/0002-two-provider-migrations.md).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<Publication> Publications => Set<Publication>();

    /// <summary>The scheduler takes the type's key from this name: "news".</summary>
    public DbSet<NewsItem> News => Set<NewsItem>();

    public DbSet<EventItem> Events => Set<EventItem>();

    /// <summary>The scheduler takes the type's key from this name: "monitor".</summary>
    public DbSet<MonitorIndicator> Monitor => Set<MonitorIndicator>();

    public DbSet<MonitorValue> MonitorValues => Set<MonitorValue>();

    public DbSet<MonitorDataYear> MonitorDataYears => Set<MonitorDataYear>();

    public DbSet<OfferTranslation> OfferTranslations => Set<OfferTranslation>();

    public DbSet<OfficeProfile> OfficeProfiles => Set<OfficeProfile>();

    public DbSet<Page> Pages => Set<Page>();

    public DbSet<PageTranslation> PageTranslations => Set<PageTranslation>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<PartnerTranslation> PartnerTranslations => Set<PartnerTranslation>();

    public DbSet<IntegrationConcept> IntegrationConcepts => Set<IntegrationConcept>();

    /// <summary>The scheduler takes a type's key from its set's name: "fieldsofaction".</summary>
    public DbSet<FieldOfAction> FieldsOfAction => Set<FieldOfAction>();

    public DbSet<FieldOfActionTranslation> FieldOfActionTranslations => Set<FieldOfActionTranslation>();

    public DbSet<PartnerType> PartnerTypes => Set<PartnerType>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<District> Districts => Set<District>();

    public DbSet<ServiceLanguage> ServiceLanguages => Set<ServiceLanguage>();

    public DbSet<PartnerSuggestion> PartnerSuggestions => Set<PartnerSuggestion>();

    public DbSet<SeedRun> SeedRuns => Set<SeedRun>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<TranslationStatus> TranslationStatuses => Set<TranslationStatus>();

    public DbSet<ContentRevision> ContentRevisions => Set<ContentRevision>();

    public DbSet<SecuritySettings> SecuritySettings => Set<SecuritySettings>();

    public DbSet<PublicMessage> PublicMessages => Set<PublicMessage>();

    public DbSet<PublicMessageNote> PublicMessageNotes => Set<PublicMessageNote>();

    public DbSet<StaffInvitation> StaffInvitations => Set<StaffInvitation>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    // Named after the content keys "links" and "literature": the scheduler finds a type's set by its key.
    public DbSet<CuratedLink> Links => Set<CuratedLink>();

    public DbSet<LiteratureEntry> Literature => Set<LiteratureEntry>();

    public DbSet<LinkCategory> LinkCategories => Set<LinkCategory>();

    /// <summary>Shared by every instance, so a cookie or antiforgery token issued by one is read by all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
