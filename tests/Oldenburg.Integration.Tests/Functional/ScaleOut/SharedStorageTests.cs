using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Tests.Functional.ScaleOut;

/// <summary>What a second instance relies on, checked in one process: the Redis wiring and the one-time copy of old files.</summary>
public sealed class SharedStorageTests
{
    [Fact]
    public void RedisConfigured_Services_StoreOutputCacheInRedisAndPublishEvictions()
    {
        // Nothing is contacted to resolve them; the unreachable port only shows the site starts without Redis.
        using var site = SiteFactory.Create(new Dictionary<string, string?> { ["Redis:Configuration"] = "127.0.0.1:1,connectTimeout=200" });

        Assert.Contains("Redis", site.Services.GetRequiredService<IOutputCacheStore>().GetType().Name, StringComparison.Ordinal);
        Assert.IsType<RedisCacheEvictionBus>(site.Services.GetRequiredService<ICacheEvictionBus>());
    }

    [Fact]
    public void RedisNotConfigured_Services_StayInMemoryWithoutServer()
    {
        using var site = SiteFactory.Create();

        Assert.DoesNotContain("Redis", site.Services.GetRequiredService<IOutputCacheStore>().GetType().Name, StringComparison.Ordinal);
        Assert.IsType<SingleInstanceEvictionBus>(site.Services.GetRequiredService<ICacheEvictionBus>());
    }

    [Fact]
    public async Task Upgrade_OldKeyAndLogoFiles_AreCopiedSoCookiesStayValidAndLogosServed()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "oldenburg-integration-tests", Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            // What an earlier version left: a key ring on disk that signed something, and a logo file.
            var services = new ServiceCollection();
            services.AddDataProtection().SetApplicationName("Oldenburg.Integration").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(folder, "keys")));
            string signed;
            using (var old = services.BuildServiceProvider())
            {
                signed = old.GetRequiredService<IDataProtectionProvider>().CreateProtector("upgrade-test").Protect("still signed in");
            }

            var logo = Guid.NewGuid().ToString("N") + ".png";
            Directory.CreateDirectory(Path.Combine(folder, "uploads", "partners"));
            await File.WriteAllBytesAsync(Path.Combine(folder, "uploads", "partners", logo), AdminPartnerLogoTests.TinyPng);

            using var site = SiteFactory.Create(dataDirectory: folder);
            var unprotected = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("upgrade-test").Unprotect(signed);
            var stored = await site.WithDbAsync(db => db.StoredFiles.SingleOrDefaultAsync(f => f.Area == LogoStore.Area && f.Name == logo));
            var keys = await site.WithDbAsync(db => db.DataProtectionKeys.CountAsync());

            Assert.Equal("still signed in", unprotected);
            Assert.Equal(AdminPartnerLogoTests.TinyPng, stored?.Content);
            Assert.Equal("image/png", stored?.ContentType);
            Assert.Equal(1, keys);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
