using Microsoft.Extensions.DependencyInjection;

using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Reads and writes the test database through the app's own <see cref="AppDbContext"/>.</summary>
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
    }

    public static async Task<T> WithDbAsync<T>(this SiteFactory factory, Func<AppDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
