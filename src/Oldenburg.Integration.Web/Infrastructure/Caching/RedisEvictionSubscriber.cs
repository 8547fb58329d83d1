using StackExchange.Redis;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// Listens for the tags other instances evicted and evicts them here too. It subscribes in the
/// background and keeps trying while Redis is unreachable, so a missing Redis never stops the site
/// from starting; once subscribed, the connection re-subscribes by itself after a reconnect.
/// </summary>
public sealed partial class RedisEvictionSubscriber(
    RedisConnection redis, RedisCacheEvictionBus bus, PublicCache cache, ILogger<RedisEvictionSubscriber> logger) : BackgroundService
{
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var connection = await redis.GetAsync();
                var queue = await connection.GetSubscriber().SubscribeAsync(RedisCacheEvictionBus.Channel);
                queue.OnMessage(OnMessageAsync);
                return;
            }
            catch (RedisException exception)
            {
                LogSubscribeFailed(logger, exception);
                await Task.Delay(s_retryDelay, stoppingToken);
            }
        }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing to cache evictions of other instances failed; trying again.")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evicting tags published by another instance failed.")]
    private static partial void LogEvictionFailed(ILogger logger, Exception exception);
}
