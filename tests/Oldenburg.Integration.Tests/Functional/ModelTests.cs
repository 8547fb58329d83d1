using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>
/// The model and each provider's migrations must agree. The context comes from the app's DI,
/// because Identity's key lengths are only configured there.
/// </summary>
[Collection(ReadOnlySite.Name)]
public class ModelTests(SiteFactory site)
{
    [Fact]
    public void HasPendingModelChanges_Sqlite_IsFalse()
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.IsType<SqliteAppDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh: the SQLite migrations lag behind the model.");
    }

    [Fact]
    public void HasPendingModelChanges_SqlServer_IsFalse()
    {
        // No server is contacted: nothing is migrated or seeded and only the model is compared.
        using var factory = SiteFactory.Create(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SqlServer"] = "Server=localhost;Database=x;Integrated Security=true;TrustServerCertificate=true",
            ["Database:MigrateOnStartup"] = "false",
            ["Database:SeedOnStartup"] = "false",
        });
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.IsType<SqlServerAppDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh: the SQL Server migrations lag behind the model.");
    }
}
