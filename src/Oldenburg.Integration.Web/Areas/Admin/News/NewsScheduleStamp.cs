using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content.Scheduling;
using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Web.Areas.Admin.News;

/// <summary>
/// The scheduler publishes by a conditional update, past the change tracker, so an item it publishes
/// without a date gets the time the editor had scheduled.
/// </summary>
public sealed class NewsScheduleStamp(AppDbContext db) : IScheduleObserver
{
    public async Task OnScheduledChangesAsync(ScheduleRun run, CancellationToken cancellationToken)
    {
        foreach (var change in run.Changes.Where(c => c.Ref.Type == NewsDefinition.ContentKey && c.Action == ScheduleAction.Published))
        {
            await db.News.Where(n => n.Id == change.Ref.Id && n.PublishedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.PublishedAt, (DateTime?)change.DueAt), cancellationToken);
        }
    }
}
