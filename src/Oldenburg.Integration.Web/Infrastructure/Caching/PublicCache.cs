using Microsoft.AspNetCore.OutputCaching;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// Everything the public site caches, evicted by tag: the output cache (shared by all instances when
/// it lives in Redis) and this instance's memory caches, and through the bus the other instances'
/// memory caches. Every write that changes what the public sees calls <see cref="EvictAsync"/>.
/// </summary>
public sealed class PublicCache(IOutputCacheStore outputCache, TaggedMemoryCache memory, ICacheEvictionBus bus)
{
    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        await EvictHereAsync(tags, cancellationToken);
        await bus.PublishAsync(tags, cancellationToken);
    }

    /// <summary>For the bus: another instance evicted these tags.</summary>
    public async Task EvictHereAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        memory.Evict(tags);
        foreach (var tag in tags)
        {
            await outputCache.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
