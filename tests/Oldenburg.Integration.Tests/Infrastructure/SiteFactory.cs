using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Web.Areas.Admin.LinkChecks;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// The real site on a real SQLite file in its own temporary folder. The app migrates and seeds
/// that database at start-up, exactly as in production. "Testing" keeps the Development demo
/// account and the developer exception page out.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public const string EnvironmentName = "Testing";

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _ownsDataDirectory;

    public SiteFactory()
        : this(settings: null, dataDirectory: null)
    {
    }

    // Fixtures may have only one public constructor; other shapes go through Create.
    protected SiteFactory(IReadOnlyDictionary<string, string?>? settings, string? dataDirectory)
    {
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Directory.CreateDirectory(
            Path.Combine(Path.GetTempPath(), "oldenburg-integration-tests", Guid.NewGuid().ToString("N"))).FullName;
        _settings = settings ?? new Dictionary<string, string?>();

        // The staff cookie is Secure outside Development, so the test browser talks https like a real one.
        ClientOptions.BaseAddress = new Uri("https://localhost/");
    }

    /// <summary>The configured public address; no link may be built from the request's Host header.</summary>
    public const string BaseUrl = "https://integration.test";

    public string DataDirectory { get; }

    /// <param name="settings">Configuration that wins over the test defaults.</param>
    /// <param name="dataDirectory">An existing folder to restart against (not deleted on Dispose), or null for a fresh one.</param>
    public static SiteFactory Create(IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null) =>
        new(settings, dataDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);

        // UseSetting, not ConfigureAppConfiguration: Program reads the database options before Build().
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("ConnectionStrings:Sqlite", "");
        builder.UseSetting("Logging:File:Enabled", "false");
        builder.UseSetting("Site:BaseUrl", BaseUrl);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        // TestServer requests have no remote address, so every login in a factory shares one
        // rate-limit partition; the per-account lockout is what the tests exercise.
        builder.UseSetting("Security:LoginAttemptsPerMinute", "1000");
        builder.UseSetting("OpenData:PerMinute", "1000");

        // Tests drive the background services with the fake clock from the start.
        builder.UseSetting("Hosting:BackgroundStartDelay", "00:00:00");

        // The link checker's schedule would request whatever addresses a test stores; tests never reach the internet,
        // and a run started by a test reaches only the loopback test server.
        builder.UseSetting("LinkChecker:Schedule", "false");
        builder.ConfigureServices(services => services.AddHttpClient(LinkChecker.ClientName).AddHttpMessageHandler(() => new LoopbackOnlyLinkChecks()));

        // Most tests read the seeded directory on public pages, as in Development.
        builder.UseSetting("Database:PublishSampleData", "true");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !_ownsDataDirectory)
        {
            return;
        }

        // Pooled connections keep the database file open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by another factory on the same folder; the OS cleans the temp folder.
        }
    }
}
