using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>
/// The site starts from a compiled EF Core model (Data/CompiledModels), which EF Core uses instead of
/// running OnModelCreating. A model change without regenerating it would leave the site on the old
/// model, so each provider's compiled model is compared with the one the configuration builds now.
/// </summary>
[Collection(ReadOnlySite.Name)]
public class CompiledModelTests(SiteFactory site)
{
    private const string Regenerate = "Run scripts/optimize-model.sh: the compiled model in Data/CompiledModels lags behind the model.";

    [Fact]
    public void CompiledModel_Sqlite_MatchesModel()
    {
        using var scope = site.Services.CreateScope();
        AssertCurrent(scope.ServiceProvider.GetRequiredService<AppDbContext>(), "Sqlite");
    }

    [Fact]
    public void CompiledModel_SqlServer_MatchesModel()
    {
        // No server is contacted: nothing is migrated or seeded and only the models are compared.
        using var factory = SiteFactory.Create(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SqlServer"] = "Server=localhost;Database=x;Integrated Security=true;TrustServerCertificate=true",
            ["Database:MigrateOnStartup"] = "false",
            ["Database:SeedOnStartup"] = "false",
        });
        using var scope = factory.Services.CreateScope();
        AssertCurrent(scope.ServiceProvider.GetRequiredService<AppDbContext>(), "SqlServer");
    }

    private static void AssertCurrent(AppDbContext db, string provider)
    {
        var compiled = db.Model;
        var current = db.GetService<IDesignTimeModel>().Model;

        // The site really runs on the compiled model, not on one built at start-up.
        Assert.StartsWith("Oldenburg.Integration.Web.Data.CompiledModels." + provider, compiled.GetType().FullName, StringComparison.Ordinal);
        // The read-optimized compiled model cannot be handed to the migrations differ, so the parts that
        // queries and saves rely on are compared line by line.
        var stale = Shape(current).Except(Shape(compiled)).Concat(Shape(compiled).Except(Shape(current))).ToList();
        Assert.True(stale.Count == 0, Regenerate + " Differs: " + string.Join("; ", stale.Take(5)));
    }

    // What queries and saves depend on, as comparable lines, so a failure names the difference.
    private static List<string> Shape(IModel model) =>
    [
        .. model.GetEntityTypes().SelectMany(entity => new[] { $"{entity.Name} table {entity.GetTableName()} base {entity.BaseType?.Name}" }
            .Concat(entity.GetDeclaredProperties().Select(p =>
                $"{entity.Name}.{p.Name} {p.ClrType.Name} column {p.GetColumnName()} null {p.IsNullable} max {p.GetMaxLength()} converter {p.GetTypeMapping().Converter?.GetType().Name}"))
            .Concat(entity.GetDeclaredNavigations().Select(n => $"{entity.Name}.{n.Name} -> {n.TargetEntityType.Name}"))
            .Concat(entity.GetDeclaredSkipNavigations().Select(n => $"{entity.Name}.{n.Name} => {n.TargetEntityType.Name}"))
            .Concat(entity.GetDeclaredForeignKeys().Select(k =>
                $"{entity.Name} fk ({string.Join(",", k.Properties.Select(p => p.Name))}) -> {k.PrincipalEntityType.Name} {k.DeleteBehavior}"))
            .Concat(entity.GetDeclaredIndexes().Select(i =>
                $"{entity.Name} index ({string.Join(",", i.Properties.Select(p => p.Name))}) unique {i.IsUnique} filter {i.GetFilter()}"))
            .Concat(entity.GetDeclaredKeys().Select(k => $"{entity.Name} key ({string.Join(",", k.Properties.Select(p => p.Name))})")))
            .Order(StringComparer.Ordinal),
    ];
}
