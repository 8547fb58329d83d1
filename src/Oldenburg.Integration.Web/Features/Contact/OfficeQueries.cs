using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>
/// The office card appears on every page (footer), so it is cached per language and evicted
/// when staff save the profile.
/// </summary>
public sealed class OfficeQueries(AppDbContext db, TaggedMemoryCache cache)
{
    private static readonly string[] Tags = ["office"];

    public async Task<OfficeViewModel?> GetAsync(string culture, CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("office-card:" + culture, Tags, TimeSpan.FromMinutes(10), async ct => new CachedOffice(await ReadAsync(culture, ct)), cancellationToken)).Value;

    private async Task<OfficeViewModel?> ReadAsync(string culture, CancellationToken cancellationToken)
    {
        var profile = await db.OfficeProfiles
            .AsNoTracking()
            .AsSingleQuery()
            .Include(p => p.OpeningHours)
            .Include(p => p.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture))
            .SingleOrDefaultAsync(cancellationToken);
        var text = profile?.Translations.ForCulture(culture);
        if (profile is null || text is null)
        {
            return null;
        }

        var model = new OfficeViewModel(
            text.Value.Name,
            text.Value.Department,
            profile.Building,
            profile.Street,
            profile.PostalCode,
            profile.City,
            profile.Phone,
            profile.AlternativePhone,
            profile.Fax,
            profile.Email,
            [.. profile.OpeningHours.Where(h => h.IsValid).OrderBy(h => Week.Order(h.Day)).ThenBy(h => h.Opens)],
            text.Value.OpeningHoursNote,
            text.Value.Intro,
            text.Value.AboutHeading,
            text.Value.About,
            text.Culture,
            text.IsFallback);
        return model;
    }

    /// <summary>A missing profile is cached too, so that a site without one does not query on every page.</summary>
    private sealed record CachedOffice(OfficeViewModel? Value);
}

public sealed record OfficeViewModel(
    string Name,
    string Department,
    string? Building,
    string Street,
    string PostalCode,
    string City,
    string Phone,
    string? AlternativePhone,
    string? Fax,
    string Email,
    IReadOnlyList<OpeningHoursRule> OpeningHours,
    string? OpeningHoursNote,
    string? Intro,
    string? AboutHeading,
    string? About,
    string TextCulture,
    bool IsFallback);
