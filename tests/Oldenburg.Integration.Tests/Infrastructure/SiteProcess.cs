using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// The site as an operator starts it: its own process in Production on a free loopback port, with a
/// temporary data folder. Disposing kills the whole process tree (dotnet run starts a child).
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(4);

    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly string _dataDirectory;

    private SiteProcess(Process process, StringBuilder output, string dataDirectory, Uri baseAddress)
    {
        _process = process;
        _output = output;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<SiteProcess> StartAsync(string workingDirectory, params string[] arguments)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var dataDirectory = Directory.CreateDirectory(
            Path.Combine(Path.GetTempPath(), "oldenburg-integration-process", Guid.NewGuid().ToString("N"))).FullName;
        var info = Dotnet.StartInfo(workingDirectory, arguments);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        info.Environment["AllowedHosts"] = "localhost;127.0.0.1";
        info.Environment["Site__BaseUrl"] = baseAddress.ToString();
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Database__DataDirectory"] = dataDirectory;
        info.Environment["ConnectionStrings__Sqlite"] = "";

        var output = new StringBuilder();
        var process = Dotnet.Start(info, output);
        var site = new SiteProcess(process, output, dataDirectory, baseAddress);
        try
        {
            await site.WaitUntilHealthyAsync();
            return site;
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the run.
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + s_startTimeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException($"The site did not answer /health on {BaseAddress}. Output:\n{Dotnet.Text(_output)}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
