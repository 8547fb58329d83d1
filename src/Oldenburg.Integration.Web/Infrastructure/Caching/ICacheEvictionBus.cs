namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// Tells the other instances of the site which tags were evicted, so that their memory caches
/// follow an edit made here. A single instance has nobody to tell.
/// </summary>
public interface ICacheEvictionBus
{
    Task PublishAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken);
}

public sealed class SingleInstanceEvictionBus : ICacheEvictionBus
{
    public Task PublishAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken) => Task.CompletedTask;
}
