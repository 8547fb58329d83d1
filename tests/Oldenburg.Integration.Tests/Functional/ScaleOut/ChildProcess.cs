using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.ScaleOut;

/// <summary>A server the scale-out test started: its output is kept for failure messages, and it is stopped by its own id.</summary>
public sealed class ChildProcess(string name, Process process, StringBuilder output) : IAsyncDisposable
{
    public string Name { get; } = name;

    public bool HasExited => process.HasExited;

    public string Output => Dotnet.Text(output);

    public static ChildProcess Start(string name, ProcessStartInfo info)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var output = new StringBuilder();
        return new ChildProcess(name, Dotnet.Start(info, output), output);
    }

    /// <summary>Waits until something accepts connections on the port, or fails with the process's output.</summary>
    public async Task WaitForPortAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"{Name} did not listen on port {port} (exited: {process.HasExited}). Output:\n{Output}");
    }

    /// <summary>Ends the process and its children at once, as a crash or a pulled plug would.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Already gone or not stoppable: disposing must go on with the other processes.
        }

        process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
