using StackExchange.Redis;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// The one connection to Redis that the output cache store and the eviction bus share. It is
/// opened on first use and keeps reconnecting by itself, so a Redis restart does not stop the site.
/// </summary>
public sealed class RedisConnection(string configuration) : IAsyncDisposable
{
    public const string ConfigurationKey = "Redis:Configuration";

    /// <summary>Keys and channels are prefixed with it, so one Redis can serve several sites.</summary>
    public const string Prefix = "oldenburg-integration:";

    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(async () =>
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return await ConnectionMultiplexer.ConnectAsync(options);
    });

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }
}
