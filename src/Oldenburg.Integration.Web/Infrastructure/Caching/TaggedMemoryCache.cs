using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// Values this instance keeps in memory, each bound to the tags it was built from. Evicting a tag
/// cancels one token that every entry with that tag depends on, so no list of keys has to be kept.
/// The tokens are taken before the value is built: an eviction that happens while a value is being
/// read from the database makes that value expire at once instead of being kept stale.
/// </summary>
public sealed class TaggedMemoryCache(IMemoryCache cache)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> building = new(StringComparer.Ordinal);

    public async Task<T> GetOrCreateAsync<T>(
        string key, IReadOnlyCollection<string> tags, TimeSpan lifetime, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        // One build per key at a time: under load, every request that missed would otherwise build the
        // same value at once (the sitemap of a large directory takes seconds). The build is not cancelled
        // by the first caller leaving, since others wait for it.
        var build = building.GetOrAdd(key, _ => new Lazy<Task<object?>>(async () => await BuildAsync(key, tags, lifetime, create)));
        try
        {
            return (T)(await build.Value)!;
        }
        finally
        {
            building.TryRemove(KeyValuePair.Create(key, build));
        }
    }

    public void Evict(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            // Not disposed: a build may still be reading this source's token, and a cancelled source holds no timer.
            if (tokens.TryRemove(tag, out var source))
            {
                source.Cancel();
            }
        }
    }

    private async Task<T> BuildAsync<T>(string key, IReadOnlyCollection<string> tags, TimeSpan lifetime, Func<CancellationToken, Task<T>> create)
    {
        var changeTokens = tags.Append(CacheTags.Public).Distinct(StringComparer.Ordinal)
            .Select(tag => new CancellationChangeToken(TokenFor(tag).Token)).ToList();
        var value = await create(CancellationToken.None);
        var options = new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime };
        foreach (var token in changeTokens)
        {
            options.ExpirationTokens.Add(token);
        }

        cache.Set(key, value, options);
        return value;
    }

    private CancellationTokenSource TokenFor(string tag) => tokens.GetOrAdd(tag, _ => new CancellationTokenSource());
}
