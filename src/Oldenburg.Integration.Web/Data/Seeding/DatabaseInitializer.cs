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
}
