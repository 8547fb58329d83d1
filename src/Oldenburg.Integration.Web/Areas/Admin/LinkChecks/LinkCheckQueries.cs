using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.LinkChecks;

public sealed record LinkCheckRow(int Id, string Title, string Url, PublishState State, LinkCheck Check);

public sealed record LinkCheckReport(IReadOnlyList<LinkCheckRow> Rows, DateTime? LastCheckedAt)
{
    public IEnumerable<LinkCheckRow> NeedingAttention => Rows.Where(r => r.Check.NeedsAttention);

    public int NotChecked => Rows.Count(r => r.Check.CheckedAt is null);
}

public sealed class LinkCheckQueries(AppDbContext db)
{
    /// <summary>Every link with its last result, the ones needing attention first.</summary>
    public async Task<LinkCheckReport> ReportAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Links.AsNoTracking()
            .Select(l => new LinkCheckRow(
                l.Id,
                l.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? l.Slug,
                l.Url,
                l.State,
                l.Check))
            .ToListAsync(cancellationToken);
        var ordered = rows.OrderByDescending(r => r.Check.NeedsAttention).ThenBy(r => r.Title, StringComparer.CurrentCulture).ToList();
        return new LinkCheckReport(ordered, rows.Max(r => r.Check.CheckedAt));
    }

    public Task<int> NeedingAttentionCountAsync(CancellationToken cancellationToken) =>
        db.Links.CountAsync(
            l => l.Check.Outcome == LinkCheckOutcome.Broken || l.Check.Outcome == LinkCheckOutcome.TimedOut
                || l.Check.Outcome == LinkCheckOutcome.Unreachable || l.Check.Outcome == LinkCheckOutcome.Redirected,
            cancellationToken);
}
