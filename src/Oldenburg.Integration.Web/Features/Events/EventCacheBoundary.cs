using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Events;

/// <summary>
/// Cached pages that list upcoming events go stale the moment an event ends, with no save to evict
/// them. They vary by the next such moment instead (ADR 0031): once the clock passes it, the key
/// changes and the page is built again. The end instants are read once per save of an event.
/// This runs on every cache hit of the task and partner pages, so the database context is taken
/// from the request's services only when the end instants have to be read again: building one per
/// hit halved the rate of those cached pages.
/// </summary>
public sealed class EventCacheBoundary(IServiceProvider services, TaggedMemoryCache cache, TimeProvider clock)
{
    public const string Tag = "events";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static readonly PageVariation Variation = new("events-boundary", context =>
        context.RequestServices.GetRequiredService<EventCacheBoundary>().CurrentAsync(context.RequestAborted));

    /// <summary>The earliest end of a published event that is not over yet, as text; "none" when nothing is upcoming.</summary>
    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ends = await cache.GetOrCreateAsync("events:ends", [Tag], Lifetime, token => EndsAsync(now, token), cancellationToken);
        var next = ends.FirstOrDefault(end => end >= now);
        return next == default ? "none" : next.Ticks.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<DateTime[]> EndsAsync(DateTime now, CancellationToken cancellationToken) =>
        [.. (await services.GetRequiredService<AppDbContext>().Events.AsNoTracking().Where(e => e.State == PublishState.Published && e.EndsAtUtc >= now)
            .Select(e => e.EndsAtUtc).ToListAsync(cancellationToken)).Order()];
}
