using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Infrastructure;

public static class AuditData
{
    public static Task<List<AuditEntry>> AuditEntriesByAsync(this SiteFactory site, string actor) =>
        site.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Actor == actor).OrderBy(e => e.Id).ToListAsync());

    public static Task<List<AuditEntry>> AuditEntriesAboutAsync(this SiteFactory site, string subjectType, string subjectId) =>
        site.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == subjectType && e.SubjectId == subjectId).OrderBy(e => e.Id).ToListAsync());

    public static Task<AuditEntry> InsertAuditEntryAsync(this SiteFactory site, string actor, DateTime at, string action = AuditActions.Saved, string subjectType = "offers") =>
        site.InsertAsync(new AuditEntry { Actor = actor, At = at, Action = action, SubjectType = subjectType, SubjectId = "1", Subject = "Testeintrag" });

    public static Task<bool> AuditEntryExistsAsync(this SiteFactory site, long id) =>
        site.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Id == id));

    /// <summary>Waits for something a hosted service does on its own, failing after a few seconds.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string because, int attempts = 100)
    {
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail(because);
    }
}
