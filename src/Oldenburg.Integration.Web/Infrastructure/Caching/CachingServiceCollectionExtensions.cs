namespace Oldenburg.Integration.Web.Infrastructure.Caching;

public static class CachingServiceCollectionExtensions
{
    public static IServiceCollection AddPublicCaching(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddPublicPageOutputCache();
        services.AddSingleton<TaggedMemoryCache>();
        services.AddSingleton<ICacheEvictionBus, SingleInstanceEvictionBus>();
        services.AddSingleton<PublicCache>();
        return services;
    }
}
