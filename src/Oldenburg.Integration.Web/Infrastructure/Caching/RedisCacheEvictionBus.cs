using StackExchange.Redis;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// Publishes evicted tags on a Redis channel; <see cref="RedisEvictionSubscriber"/> on every other
/// instance evicts them there. Each message names the instance that sent it, so the sender, which
/// evicted its own caches already, ignores its echo.
/// </summary>
public sealed class RedisCacheEvictionBus(RedisConnection redis) : ICacheEvictionBus
{
    public static readonly RedisChannel Channel = RedisChannel.Literal(RedisConnection.Prefix + "evict");

    /// <summary>Different for every process, so two instances on one machine tell each other apart.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public async Task PublishAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        var connection = await redis.GetAsync();
        await connection.GetSubscriber().PublishAsync(Channel, Format(InstanceId, tags));
    }

    public static string Format(string sender, IEnumerable<string> tags) => string.Join('\n', tags.Prepend(sender));

    /// <summary>The sender and the tags of a message; tags never contain a line break.</summary>
    public static (string Sender, string[] Tags) Parse(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 0 ? ("", []) : (lines[0], lines[1..]);
    }
}
