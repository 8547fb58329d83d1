using Microsoft.Extensions.DependencyInjection;

using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// Reads and writes the test database through the app's own <see cref="AppDbContext"/>. A write here
/// bypasses the admin's cache eviction, so every call empties the public caches afterwards, as an
/// operator would after changing the database by hand; a test of eviction itself writes through the admin.
/// </summary>
public static class SiteData
{
    public static async Task<T> InsertAsync<T>(this SiteFactory factory, T entity)
        where T : class
    {
        await factory.WithDbAsync(async db =>
        {
            db.Add(entity);
            await db.SaveChangesAsync();
        });
        return entity;
    }

    public static async Task WithDbAsync(this SiteFactory factory, Func<AppDbContext, Task> action)
    {
        using var scope = factory.Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        await factory.EvictPublicCachesAsync();
    }

    public static async Task<T> WithDbAsync<T>(this SiteFactory factory, Func<AppDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        var result = await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        await factory.EvictPublicCachesAsync();
        return result;
    }

    public static Task EvictPublicCachesAsync(this SiteFactory factory) =>
        factory.Services.GetRequiredService<PublicCache>().EvictAsync([CacheTags.Public]);
}
