using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// A small Kestrel server on 127.0.0.1 that answers like the sites staff link to: fine, moved,
/// gone, too slow, or refusing HEAD. The link checker's tests talk to it, never to the internet.
/// It counts requests by method and path, and the most it served at once.
/// </summary>
public sealed class LinkTargetServer : IAsyncDisposable
{
    public static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(8);

    private readonly WebApplication _app;
    private int _inFlight;
    private int _maxInFlight;

    private LinkTargetServer(WebApplication app) => _app = app;

    public string Root { get; private set; } = "";

    public System.Collections.Concurrent.ConcurrentQueue<string> Requests { get; } = new();

    public System.Collections.Concurrent.ConcurrentQueue<string> UserAgents { get; } = new();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public string Url(string path) => Root + path;

    public static async Task<LinkTargetServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LinkTargetServer(app);
        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            server.UserAgents.Enqueue(context.Request.Headers.UserAgent.ToString());
            var now = Interlocked.Increment(ref server._inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref server._maxInFlight)) && Interlocked.CompareExchange(ref server._maxInFlight, now, seen) != seen)
            {
            }

            try
            {
                await next(context);
            }
            finally
            {
                Interlocked.Decrement(ref server._inFlight);
            }
        });
        app.MapMethods("/ok", ["GET", "HEAD"], () => Results.Ok());
        app.MapMethods("/moved", ["GET", "HEAD"], () => Results.Redirect("/new-home", permanent: true));
        app.MapMethods("/gone", ["GET", "HEAD"], () => Results.NotFound());
        app.MapMethods("/broken", ["GET", "HEAD"], () => Results.StatusCode(500));
        app.MapMethods("/slow", ["GET", "HEAD"], async (CancellationToken ct) =>
        {
            await Task.Delay(SlowDelay, ct);
            return Results.Ok();
        });
        app.MapMethods("/busy", ["GET", "HEAD"], async (CancellationToken ct) =>
        {
            await Task.Delay(300, ct);
            return Results.Ok();
        });
        app.MapMethods("/no-head", ["HEAD"], () => Results.StatusCode(405));
        app.MapGet("/no-head", () => Results.Ok());
        await app.StartAsync();
        server.Root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        // The first request pays for start-up; on a busy machine that alone could exceed the checker's short timeout.
        using (var warmUp = new HttpClient())
        {
            await warmUp.GetAsync(new Uri(server.Url("/ok")));
        }

        server.Requests.Clear();
        server.UserAgents.Clear();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
