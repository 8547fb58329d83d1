using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>
/// The office card appears on every page (footer), so it is cached per language and evicted
/// when staff save the profile.
/// </summary>
public sealed class OfficeQueries(AppDbContext db, IMemoryCache cache)
{
    private static string Key(string culture) => "office-card:" + culture;

    public async Task<OfficeViewModel?> GetAsync(string culture, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(Key(culture), out OfficeViewModel? cached))
        {
            return cached;
        }

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
        cache.Set(Key(culture), model, TimeSpan.FromMinutes(10));
        return model;
    }

    public void Invalidate()
    {
        foreach (var culture in SupportedCultures.Names)
        {
            cache.Remove(Key(culture));
        }
    }
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
