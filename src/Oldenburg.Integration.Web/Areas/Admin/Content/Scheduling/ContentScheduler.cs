using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Areas.Admin.Content.Scheduling;

public enum ScheduleAction
{
    Published,
    Unpublished,
}

/// <summary>One item the scheduler changed; DueAt is the UTC time the editor had set, RanAt of the run when it happened.</summary>
public sealed record ScheduledChange(ContentRef Ref, ScheduleAction Action, DateTime DueAt);

public sealed record ScheduleRun(DateTime RanAt, IReadOnlyList<ScheduledChange> Changes);

/// <summary>Told about every change the scheduler made, e.g. to write revisions or audit entries.</summary>
public interface IScheduleObserver
{
    Task OnScheduledChangesAsync(ScheduleRun run, CancellationToken cancellationToken);
}

/// <summary>
/// Publishes and withdraws every content type whose schedule is due. It finds the types in the
/// EF model, so a new content type is scheduled as soon as it derives from <see cref="ContentItem"/>.
/// Each item is changed by its own conditional update, so two instances running at once change
/// (and report) each item once. Partners' search fields are left alone: they fold the name and
/// texts, never the state, and an update that loads no translations must not recompute them.
/// </summary>
public sealed class ContentScheduler(AppDbContext db, PublicCache cache, TimeProvider clock, IEnumerable<IScheduleObserver> observers)
{
    private static readonly MethodInfo RunTypeMethod = typeof(ContentScheduler).GetMethod(nameof(RunTypeAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo NextTypeMethod = typeof(ContentScheduler).GetMethod(nameof(NextOfTypeAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    public async Task<ScheduleRun> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<ScheduledChange>();
        foreach (var (type, key) in ContentTypes(db))
        {
            var task = (Task<List<ScheduledChange>>)RunTypeMethod.MakeGenericMethod(type).Invoke(this, [key, now, cancellationToken])!;
            changes.AddRange(await task);
        }

        var run = new ScheduleRun(now, changes);
        if (changes.Count > 0)
        {
            await cache.EvictAsync([.. changes.Select(c => c.Ref.Type).Distinct()], cancellationToken);
            foreach (var observer in observers)
            {
                await observer.OnScheduledChangesAsync(run, cancellationToken);
            }
        }

        return run;
    }

    /// <summary>The earliest pending publish or unpublish time (UTC) of any item, or null when nothing is scheduled.</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken)
    {
        DateTime? next = null;
        foreach (var (type, _) in ContentTypes(db))
        {
            var candidate = await (Task<DateTime?>)NextTypeMethod.MakeGenericMethod(type).Invoke(this, [cancellationToken])!;
            if (candidate < next || next is null)
            {
                next = candidate;
            }
        }

        return next;
    }

    /// <summary>Every content type in the model with its <see cref="ContentRef"/> key: the name of its set on the context, lower-cased.</summary>
    public static IReadOnlyList<(Type Type, string Key)> ContentTypes(AppDbContext db)
    {
        var sets = typeof(AppDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .ToDictionary(p => p.PropertyType.GetGenericArguments()[0], p => p.Name.ToLowerInvariant());
        return [.. db.Model.GetEntityTypes()
            .Select(e => e.ClrType)
            .Where(t => typeof(ContentItem).IsAssignableFrom(t) && !t.IsAbstract && sets.ContainsKey(t))
            .Select(t => (t, sets[t]))];
    }

    private async Task<List<ScheduledChange>> RunTypeAsync<T>(string key, DateTime now, CancellationToken cancellationToken)
        where T : ContentItem
    {
        // Publish before withdraw: when both fell due while the site was down, the later one (withdraw) wins.
        var changes = new List<ScheduledChange>();
        var toPublish = await db.Set<T>().AsNoTracking().Where(i => i.PublishAt != null && i.PublishAt <= now)
            .Select(i => new { i.Id, Due = i.PublishAt!.Value }).ToListAsync(cancellationToken);
        foreach (var item in toPublish)
        {
            // Not UpdatedAt: a state change must not make an open edit form stale (ADR 0007).
            var updated = await db.Set<T>().Where(i => i.Id == item.Id && i.PublishAt != null && i.PublishAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.State, PublishState.Published).SetProperty(i => i.PublishAt, (DateTime?)null), cancellationToken);
            if (updated == 1)
            {
                changes.Add(new ScheduledChange(new ContentRef(key, item.Id), ScheduleAction.Published, item.Due));
            }
        }

        var toWithdraw = await db.Set<T>().AsNoTracking().Where(i => i.UnpublishAt != null && i.UnpublishAt <= now)
            .Select(i => new { i.Id, Due = i.UnpublishAt!.Value }).ToListAsync(cancellationToken);
        foreach (var item in toWithdraw)
        {
            var updated = await db.Set<T>().Where(i => i.Id == item.Id && i.UnpublishAt != null && i.UnpublishAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.State, PublishState.Draft).SetProperty(i => i.UnpublishAt, (DateTime?)null), cancellationToken);
            if (updated == 1)
            {
                changes.Add(new ScheduledChange(new ContentRef(key, item.Id), ScheduleAction.Unpublished, item.Due));
            }
        }

        return changes;
    }

    private async Task<DateTime?> NextOfTypeAsync<T>(CancellationToken cancellationToken)
        where T : ContentItem
    {
        var publish = await db.Set<T>().Where(i => i.PublishAt != null).MinAsync(i => i.PublishAt, cancellationToken);
        var unpublish = await db.Set<T>().Where(i => i.UnpublishAt != null).MinAsync(i => i.UnpublishAt, cancellationToken);
        return publish is null ? unpublish : unpublish is null ? publish : (publish < unpublish ? publish : unpublish);
    }
}
