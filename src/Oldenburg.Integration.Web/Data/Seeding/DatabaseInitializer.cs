using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>Applies migrations (unless a DBA does) and seeds roles and first content into an empty database.</summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db,
    DatabaseOptions options,
    RoleManager<IdentityRole> roles,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public const string SystemUser = "system";

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (!options.SeedOnStartup)
        {
            return;
        }

        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (!await db.OfficeProfiles.AnyAsync(cancellationToken))
        {
            var seed = SeedContent.Load();
            var now = clock.GetUtcNow().UtcDateTime;
            db.OfficeProfiles.Add(OfficeFrom(seed.Office, now));
            db.Offers.AddRange(seed.Offers.Select(o => OfferFrom(o, now)));
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, seed.Offers.Count);
        }

        if (!await db.Pages.AnyAsync(cancellationToken))
        {
            var pages = SeedPages.Load().Pages;
            var now = clock.GetUtcNow().UtcDateTime;
            db.Pages.AddRange(pages.Select(p => PageFrom(p, now)));
            await db.SaveChangesAsync(cancellationToken);
            LogSeededPages(logger, pages.Count);
        }

        await SeedPartnersAsync(cancellationToken);
    }

    /// <summary>
    /// Lookup lists and the first directory entries, each only into an empty table, so existing
    /// installations receive the directory once and staff edits are never overwritten.
    /// </summary>
    public async Task SeedPartnersAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Partners.AnyAsync(cancellationToken))
        {
            return;
        }

        var seed = PartnerSeed.Load();
        if (!await db.PartnerTypes.AnyAsync(cancellationToken))
        {
            db.PartnerTypes.AddRange(PartnerSeed.Lookups<PartnerType, PartnerTypeTranslation>(seed.Types, l => l.Translations));
            db.Topics.AddRange(PartnerSeed.Lookups<Topic, TopicTranslation>(seed.Topics, l => l.Translations));
            db.Districts.AddRange(PartnerSeed.Lookups<District, DistrictTranslation>(seed.Districts, l => l.Translations));
            db.ServiceLanguages.AddRange(PartnerSeed.Lookups<ServiceLanguage, ServiceLanguageTranslation>(seed.Languages, l => l.Translations));
            await db.SaveChangesAsync(cancellationToken);
        }

        var types = await db.PartnerTypes.ToDictionaryAsync(t => t.Key, cancellationToken);
        var topics = await db.Topics.ToDictionaryAsync(t => t.Key, cancellationToken);
        var districts = await db.Districts.ToDictionaryAsync(d => d.Key, cancellationToken);
        var languages = await db.ServiceLanguages.ToDictionaryAsync(l => l.Key, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var entry in seed.Partners)
        {
            if (!types.TryGetValue(entry.Type, out var type))
            {
                continue;
            }

            var partner = new Partner
            {
                Slug = entry.Slug,
                Name = entry.Name,
                State = PublishState.Published,
                Type = type,
                District = entry.District is null ? null : districts.GetValueOrDefault(entry.District),
                Street = entry.Street,
                PostalCode = entry.PostalCode,
                City = entry.City,
                Phone = entry.Phone,
                Email = entry.Email,
                Website = entry.Website,
                BarrierFree = entry.BarrierFree,
                AppointmentOnly = entry.AppointmentOnly,
                OpeningHours = [.. entry.OpeningHours.Select(h => h.ToRule())],
                LastCheckedAt = entry.LastChecked is null ? null : DateTime.SpecifyKind(DateTime.Parse(entry.LastChecked, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
                LastCheckedBy = SystemUser,
                Topics = [.. entry.Topics.Where(topics.ContainsKey).Select(k => topics[k])],
                Languages = [.. entry.Languages.Where(languages.ContainsKey).Select(k => languages[k])],
                Translations = [.. entry.Texts.Select(t => new PartnerTranslation
                {
                    Culture = t.Key,
                    ShortDescription = t.Value.ShortDescription,
                    Description = t.Value.Description,
                    TargetGroups = t.Value.TargetGroups,
                })],
            };
            partner.Touch(SystemUser, now);
            partner.RefreshSearchFields();
            db.Partners.Add(partner);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        LogSeededPartners(logger, added);
    }

    private static OfficeProfile OfficeFrom(SeedOffice seed, DateTime now) => new()
    {
        Email = seed.Email,
        Phone = seed.Phone,
        AlternativePhone = seed.AlternativePhone,
        Fax = seed.Fax,
        Building = seed.Building,
        Street = seed.Street,
        PostalCode = seed.PostalCode,
        City = seed.City,
        UpdatedAt = now,
        UpdatedBy = SystemUser,
        Translations = [.. seed.Translations.Select(t => new OfficeProfileTranslation
        {
            Culture = t.Key,
            Name = t.Value.Name,
            Department = t.Value.Department,
            OpeningHoursNote = t.Value.OpeningHoursNote,
            Intro = t.Value.Intro,
            AboutHeading = t.Value.AboutHeading,
            About = t.Value.About,
        })],
    };

    private static Offer OfferFrom(SeedOffer seed, DateTime now)
    {
        var offer = new Offer
        {
            Slug = seed.Slug,
            SortOrder = seed.SortOrder,
            State = PublishState.Published,
            Translations = [.. seed.Translations.Select(t => new OfferTranslation
            {
                Culture = t.Key,
                Title = t.Value.Title,
                Summary = t.Value.Summary,
                Body = t.Value.Body,
            })],
        };
        offer.Touch(SystemUser, now);
        return offer;
    }

    private static Page PageFrom(SeedPage seed, DateTime now)
    {
        var page = new Page
        {
            Slug = seed.Slug,
            FooterOrder = seed.FooterOrder,
            State = PublishState.Published,
            Translations = [.. seed.Translations.Select(t => new PageTranslation
            {
                Culture = t.Key,
                Title = t.Value.Title,
                Body = t.Value.Body,
            })],
        };
        page.Touch(SystemUser, now);
        return page;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {PageCount} standing pages into an empty pages table")]
    private static partial void LogSeededPages(ILogger logger, int pageCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the office profile and {OfferCount} offers into an empty database")]
    private static partial void LogSeeded(ILogger logger, int offerCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the partner directory with {PartnerCount} entries")]
    private static partial void LogSeededPartners(ILogger logger, int partnerCount);
}
