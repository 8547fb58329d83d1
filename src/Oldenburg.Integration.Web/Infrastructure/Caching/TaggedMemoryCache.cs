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

    public async Task<T> GetOrCreateAsync<T>(
        string key, IReadOnlyCollection<string> tags, TimeSpan lifetime, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var changeTokens = tags.Append(CacheTags.Public).Distinct(StringComparer.Ordinal)
            .Select(tag => new CancellationChangeToken(TokenFor(tag).Token)).ToList();
        var value = await create(cancellationToken);
        var options = new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime };
        foreach (var token in changeTokens)
        {
            options.ExpirationTokens.Add(token);
        }

        cache.Set(key, value, options);
        return value;
    }

    public void Evict(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            if (tokens.TryRemove(tag, out var source))
            {
                source.Cancel();
                source.Dispose();
            }
        }
    }

    private CancellationTokenSource TokenFor(string tag) => tokens.GetOrAdd(tag, _ => new CancellationTokenSource());
}
