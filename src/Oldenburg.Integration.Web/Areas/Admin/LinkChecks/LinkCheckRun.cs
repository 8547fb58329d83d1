using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.LinkChecks;

public sealed record LinkCheckSummary(int Checked, int NeedAttention);

/// <summary>
/// Checks links a few at a time and stores each result with its link. Drafts are checked too: staff
/// want to know before they publish. The result is not content, so the link's version stays as it
/// is and no open edit form becomes stale.
/// </summary>
public sealed class LinkCheckRun(AppDbContext db, LinkChecker checker, TimeProvider clock, IOptions<LinkCheckerOptions> options)
{
    /// <summary>Checks the links last checked before <paramref name="checkedBefore"/> (or never); null checks all.</summary>
    public async Task<LinkCheckSummary> RunAsync(DateTime? checkedBefore, CancellationToken cancellationToken)
    {
        var query = db.Links.AsQueryable();
        if (checkedBefore is { } before)
        {
            query = query.Where(l => l.Check.CheckedAt == null || l.Check.CheckedAt < before);
        }

        var links = await query.OrderBy(l => l.Id).ToListAsync(cancellationToken);
        if (links.Count == 0)
        {
            return new LinkCheckSummary(0, 0);
        }

        using var gate = new SemaphoreSlim(options.Value.Parallel);
        var results = await Task.WhenAll(links.Select(async link =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await checker.CheckAsync(link.Url, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }));

        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < links.Count; i++)
        {
            var result = results[i];
            links[i].Check.Record(result.Outcome, result.StatusCode, Clip(result.RedirectTarget), now);
        }

        // No public cache to evict: readers never see check results (ADR 0028). Should a public page
        // ever show them, evict LinkDefinition.ContentKey here through PublicCache.
        await db.SaveChangesAsync(cancellationToken);
        return new LinkCheckSummary(links.Count, links.Count(l => l.Check.NeedsAttention));
    }

    private static string? Clip(string? target) =>
        target is { Length: > LinkCheck.TargetMaxLength } ? target[..LinkCheck.TargetMaxLength] : target;
}
