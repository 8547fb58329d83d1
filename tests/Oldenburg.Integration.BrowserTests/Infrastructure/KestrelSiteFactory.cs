using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Oldenburg.Integration.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port, so that a browser can reach it, with its own SQLite file
/// in a temporary folder that is removed afterwards.
/// </summary>
public sealed class KestrelSiteFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "oi-browser-" + Guid.NewGuid().ToString("N"));

    public KestrelSiteFactory()
    {
        // builder.UseKestrel() inside ConfigureWebHost alone is undone: the factory calls
        // UseTestServer() right after ConfigureWebHost unless its own UseKestrel was called.
        // Port 0 makes the factory bind 127.0.0.1 on a free port.
        UseKestrel(0);
    }

    /// <summary>The address Kestrel really bound, e.g. http://127.0.0.1:41235.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public string DataDirectory => _dataDirectory;

    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel did not bind a loopback address: " + string.Join(", ", addresses));
        if (address.EndsWith(":0", StringComparison.Ordinal) || address.EndsWith(":5000", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Kestrel did not bind a dynamic port: " + address);
        }

        BaseAddress = new Uri(address);
        return BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedOnStartup", "true");
        builder.UseSetting("Logging:File:Enabled", "false");

        // Every admin audit signs in anew from the same address; the per-address limit would answer 429.
        builder.UseSetting("Security:LoginAttemptsPerMinute", "10000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");

        // The audits visit the seeded directory and standing pages, published as in Development.
        builder.UseSetting("Database:PublishSampleData", "true");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the run.
        }
    }
}
