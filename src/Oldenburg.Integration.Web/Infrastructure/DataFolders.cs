namespace Oldenburg.Integration.Web.Infrastructure;

/// <summary>
/// Every path under Database:DataDirectory, computed once. A relative setting is taken from the
/// content root, not the working directory, so a service manager's start folder changes nothing.
/// </summary>
public sealed class DataFolders(string root)
{
    public string Root { get; } = root;

    public string SqliteDatabase => Path.Combine(Root, "oldenburg-integration.db");

    public string Keys => Path.Combine(Root, "keys");

    public string Logs => Path.Combine(Root, "logs");

    public string PartnerLogos => Path.Combine(Root, "uploads", "partners");

    public string Imports => Path.Combine(Root, "imports");

    public static DataFolders From(DatabaseOptions options, IHostEnvironment environment) =>
        new(Path.GetFullPath(options.DataDirectory, environment.ContentRootPath));

    /// <summary>For start-up code that runs before the service provider exists.</summary>
    public static DataFolders From(IConfiguration configuration, IHostEnvironment environment) =>
        From(DatabaseOptions.From(configuration), environment);
}
