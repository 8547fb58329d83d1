using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Web.Infrastructure;

public static class DatabaseServiceCollectionExtensions
{
    public const string SqliteProvider = "Sqlite";
    public const string SqlServerProvider = "SqlServer";

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var options = DatabaseOptions.From(configuration);
        var folders = DataFolders.From(options, environment);
        services.AddSingleton(options);
        services.AddSingleton(folders);

        switch (options.Provider)
        {
            case SqliteProvider:
                var connectionString = SqliteConnectionString(configuration, folders);
                services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connectionString));
                break;
            case SqlServerProvider:
                var sqlServer = configuration.GetConnectionString("SqlServer");
                if (string.IsNullOrWhiteSpace(sqlServer))
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
                }

                services.AddDbContext<AppDbContext, SqlServerAppDbContext>(o => o.UseSqlServer(sqlServer));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'. Use '{SqliteProvider}' or '{SqlServerProvider}'.");
        }

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }

    private static string SqliteConnectionString(IConfiguration configuration, DataFolders folders)
    {
        var configured = configuration.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        Directory.CreateDirectory(folders.Root);
        return $"Data Source={folders.SqliteDatabase}";
    }
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public string Provider { get; set; } = DatabaseServiceCollectionExtensions.SqliteProvider;

    /// <summary>Off in production when a DBA applies the idempotent SQL script instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Creates roles and, into an empty database, the first content.</summary>
    public bool SeedOnStartup { get; set; } = true;

    /// <summary>
    /// Whether seeded sample entries (invented details) go out published, with a sample note.
    /// Unset means only in Development; in Production they are always drafts.
    /// </summary>
    public bool? PublishSampleData { get; set; }

    /// <summary>Where the embedded database, logs and data-protection keys live.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    public static DatabaseOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
}
