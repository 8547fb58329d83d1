using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>
/// Reads and changes <see cref="SecuritySettings"/>. Every admin request asks whether 2FA is required,
/// so the answer is cached briefly; a change evicts it here at once, other instances see it within
/// <see cref="CacheFor"/>.
/// </summary>
public sealed class SecuritySettingsStore(AppDbContext db, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private const string CacheKey = "security-settings:require-two-factor";

    public async Task<bool> IsTwoFactorRequiredAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out bool required))
        {
            return required;
        }

        required = await db.SecuritySettings.AsNoTracking()
            .Where(s => s.Id == SecuritySettings.SingletonId)
            .Select(s => s.RequireTwoFactor)
            .FirstOrDefaultAsync(cancellationToken);
        cache.Set(CacheKey, required, CacheFor);
        return required;
    }

    /// <summary>Saves the choice together with anything else pending (such as its audit entry).</summary>
    public async Task SetTwoFactorRequiredAsync(bool required, CancellationToken cancellationToken = default)
    {
        var settings = await db.SecuritySettings.FirstOrDefaultAsync(s => s.Id == SecuritySettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new SecuritySettings();
            db.SecuritySettings.Add(settings);
        }

        settings.RequireTwoFactor = required;
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey);
    }
}
