using StackExchange.Redis;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>Listens for the tags other instances evicted and evicts them here too.</summary>
public sealed partial class RedisEvictionSubscriber(
    RedisConnection redis, RedisCacheEvictionBus bus, PublicCache cache, ILogger<RedisEvictionSubscriber> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connection = await redis.GetAsync();
        var queue = await connection.GetSubscriber().SubscribeAsync(RedisCacheEvictionBus.Channel);
        queue.OnMessage(OnMessageAsync);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var connection = await redis.GetAsync();
        await connection.GetSubscriber().UnsubscribeAsync(RedisCacheEvictionBus.Channel);
    }

    private async Task OnMessageAsync(ChannelMessage message)
    {
        var (sender, tags) = RedisCacheEvictionBus.Parse(message.Message.ToString());
        if (sender == bus.InstanceId || tags.Length == 0)
        {
            return;
        }

        try
        {
            await cache.EvictHereAsync(tags);
        }
        catch (RedisException exception)
        {
            // The memory caches were evicted before the output cache was asked; an unreachable Redis is logged, not thrown into the void.
            LogEvictionFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evicting tags published by another instance failed.")]
    private static partial void LogEvictionFailed(ILogger logger, Exception exception);
}
