using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>The lookup lists by key, as the seed file names them.</summary>
public sealed record SeedLookupIndex(
    IReadOnlyDictionary<string, PartnerType> Types,
    IReadOnlyDictionary<string, Topic> Topics,
    IReadOnlyDictionary<string, District> Districts,
    IReadOnlyDictionary<string, ServiceLanguage> Languages)
{
    public static async Task<SeedLookupIndex> LoadAsync(AppDbContext db, CancellationToken cancellationToken) => new(
        await db.PartnerTypes.ToDictionaryAsync(t => t.Key, cancellationToken),
        await db.Topics.ToDictionaryAsync(t => t.Key, cancellationToken),
        await db.Districts.ToDictionaryAsync(d => d.Key, cancellationToken),
        await db.ServiceLanguages.ToDictionaryAsync(l => l.Key, cancellationToken));
}
