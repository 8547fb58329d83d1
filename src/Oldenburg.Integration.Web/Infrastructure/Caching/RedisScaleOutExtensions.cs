using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

public static class RedisScaleOutExtensions
{
    /// <summary>
    /// With <c>Redis:Configuration</c> set, several instances share one output cache in Redis and tell
    /// each other which tags they evicted. Without it nothing changes: the site needs no server.
    /// </summary>
    public static IServiceCollection AddRedisScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        var redisConfiguration = configuration[RedisConnection.ConfigurationKey];
        if (string.IsNullOrWhiteSpace(redisConfiguration))
        {
            return services;
        }

        var connection = new RedisConnection(redisConfiguration);
        services.AddSingleton(connection);
        services.AddStackExchangeRedisOutputCache(o =>
        {
            o.InstanceName = RedisConnection.Prefix;
            o.ConnectionMultiplexerFactory = connection.GetAsync;
        });
        services.AddSingleton<RedisCacheEvictionBus>();
        services.Replace(ServiceDescriptor.Singleton<ICacheEvictionBus>(sp => sp.GetRequiredService<RedisCacheEvictionBus>()));
        services.AddHostedService<RedisEvictionSubscriber>();
        return services;
    }
}
