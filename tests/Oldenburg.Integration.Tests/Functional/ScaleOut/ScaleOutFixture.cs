using System.Diagnostics;
using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.ScaleOut;

/// <summary>
/// The production shape on one machine: redis-server, two instances of the built site on one data
/// folder (one SQLite file), and nginx balancing between them, each on a free loopback port. A
/// missing redis-server or nginx fails the tests (scripts/test.sh installs them); nothing is skipped.
/// Everything started here is stopped, and the temporary folder deleted, even when a test fails.
/// </summary>
public sealed class ScaleOutFixture : IAsyncLifetime
{
    public const string AdminEmail = "scale-out-admin@example.org";
    public const string AdminPassword = "Scale-Out-Password-2026";
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(2);

    private readonly string _root = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "oldenburg-integration-scale-out", Guid.NewGuid().ToString("N"))).FullName;

    private readonly List<ChildProcess> _started = [];
    private readonly Dictionary<Uri, ChildProcess> _instances = [];
    private readonly int _balancerPort = ChildProcess.FreePort();
    private int _redisPort;

    public Uri InstanceA { get; private set; } = null!;

    public Uri InstanceB { get; private set; } = null!;

    public Uri Balancer { get; private set; } = null!;

    /// <summary>The database both instances share (its file name is the site's default).</summary>
    public string SqliteDatabase => Path.Combine(DataDirectory, "oldenburg-integration.db");

    private string DataDirectory => Path.Combine(_root, "data");

    private static string WebDll => Path.Combine(
        Dotnet.RepositoryRoot, "src", "Oldenburg.Integration.Web", "bin", Dotnet.Configuration, "net10.0", "Oldenburg.Integration.Web.dll");

    public async Task InitializeAsync()
    {
        var redisServer = Executable("redis-server");
        var nginx = Executable("nginx");
        if (!File.Exists(WebDll))
        {
            throw new InvalidOperationException($"The built site is missing at {WebDll}. Build the solution in {Dotnet.Configuration} first (scripts/test.sh does).");
        }

        _redisPort = ChildProcess.FreePort();
        var redis = Track(ChildProcess.Start("redis-server", new ProcessStartInfo(redisServer)
        {
            ArgumentList = { "--port", _redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _root },
        }));
        await redis.WaitForPortAsync(_redisPort, s_startTimeout);

        await CreateAdminAsync();
        InstanceA = await StartInstanceAsync(ChildProcess.FreePort());

        // The first request makes the data-protection key, so the second instance finds it in the database.
        using (var client = new HttpClient())
        {
            (await client.GetAsync(new Uri(InstanceA, Staff.LoginPath))).EnsureSuccessStatusCode();
        }

        InstanceB = await StartInstanceAsync(ChildProcess.FreePort());

        var nginxDirectory = Directory.CreateDirectory(Path.Combine(_root, "nginx")).FullName;
        var config = Path.Combine(nginxDirectory, "nginx.conf");
        await File.WriteAllTextAsync(config, NginxConfig.For(nginxDirectory, _balancerPort, [InstanceA.Port, InstanceB.Port]));
        var balancer = Track(ChildProcess.Start("nginx", new ProcessStartInfo(nginx)
        {
            ArgumentList = { "-p", nginxDirectory, "-c", config, "-e", Path.Combine(nginxDirectory, "error.log") },
        }));
        await balancer.WaitForPortAsync(_balancerPort, s_startTimeout);
        Balancer = new Uri($"http://127.0.0.1:{_balancerPort}");
    }

    /// <summary>Kills an instance as a crash would.</summary>
    public Task KillAsync(Uri instance) => _instances[instance].KillAsync();

    /// <summary>Starts a killed instance again on its port, so the tests do not depend on their order.</summary>
    public async Task RestartAsync(Uri instance)
    {
        if (_instances[instance].HasExited)
        {
            await StartInstanceAsync(instance.Port);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_started))
        {
            await process.DisposeAsync();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder must not fail the run.
        }
    }

    private async Task CreateAdminAsync()
    {
        var info = InstanceStartInfo(ChildProcess.FreePort(), "create-admin", "--email", AdminEmail, "--name", "Scale-out admin");
        info.Environment["ADMIN_PASSWORD"] = AdminPassword;
        await using var command = ChildProcess.Start("create-admin", info);
        var exited = DateTime.UtcNow + s_startTimeout;
        while (!command.HasExited && DateTime.UtcNow < exited)
        {
            await Task.Delay(100);
        }

        Assert.True(command.HasExited && command.Output.Contains("Administrator created", StringComparison.Ordinal), $"create-admin failed:\n{command.Output}");
    }

    private async Task<Uri> StartInstanceAsync(int port)
    {
        var address = new Uri($"http://127.0.0.1:{port}");
        var instance = Track(ChildProcess.Start($"instance on port {port}", InstanceStartInfo(port)));
        _instances[address] = instance;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + s_startTimeout;
        while (DateTime.UtcNow < deadline && !instance.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(address, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return address;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The {instance.Name} did not answer /health. Output:\n{instance.Output}");
    }

    private ProcessStartInfo InstanceStartInfo(int port, params string[] arguments)
    {
        var info = Dotnet.StartInfo(Path.GetDirectoryName(WebDll)!, [WebDll, .. arguments]);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["AllowedHosts"] = "localhost;127.0.0.1";
        info.Environment["Site__BaseUrl"] = $"http://127.0.0.1:{_balancerPort}/";
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Database__DataDirectory"] = DataDirectory;
        info.Environment["ConnectionStrings__Sqlite"] = "";
        info.Environment["Redis__Configuration"] = $"127.0.0.1:{_redisPort}";
        info.Environment["Logging__File__Enabled"] = "false";

        // Every request of the test comes from one address; the per-address sign-in limit is not what is tested here.
        info.Environment["Security__LoginAttemptsPerMinute"] = "1000";
        return info;
    }

    private ChildProcess Track(ChildProcess process)
    {
        _started.Add(process);
        return process;
    }

    private static string Executable(string name)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Concat(["/usr/sbin", "/usr/bin", "/usr/local/sbin"]);
        return folders.Select(f => Path.Combine(f, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"The scale-out test needs {name}, which is not on PATH nor in /usr/sbin. Install it (Debian: apt-get install {(name == "nginx" ? "nginx" : "redis-server")}) or run scripts/test.sh, which does.");
    }
}
