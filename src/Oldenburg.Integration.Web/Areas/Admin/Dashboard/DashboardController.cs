using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Areas.Admin.Suggestions;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Dashboard;

/// <summary>What needs attention across every content type: the first page staff see after signing in.</summary>
public sealed class DashboardController(
    ContentCatalog catalog,
    IEnumerable<DashboardSection> sections,
    SuggestionQueries suggestions,
    PartnerAdminQueries partners) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var entries = (await catalog.EntriesAsync(cancellationToken)).Select(e => new AttentionItem(e.Entry, e.Kind.Label)).ToList();

        var scheduled = entries.Where(e => e.Entry.PublishAt is not null || e.Entry.UnpublishAt is not null);
        var open = await suggestions.OpenAsync(cancellationToken);
        var stale = await partners.StaleAsync(1, cancellationToken);
        return View(new DashboardViewModel(
            Newest(entries.Where(e => e.Entry.State == PublishState.Draft && e.Entry.PublishAt is null)),
            Newest(entries.Where(e => e.Entry.State == PublishState.InReview)),
            new Shortlist<AttentionItem>([.. scheduled.OrderBy(e => e.NextScheduled).Take(Shortlist<AttentionItem>.Size)], scheduled.Count()),
            new Shortlist<SuggestionRowViewModel>([.. open.Take(Shortlist<SuggestionRowViewModel>.Size)], open.Count),
            new Shortlist<PartnerRow>([.. stale.Rows.Take(Shortlist<PartnerRow>.Size)], stale.Total),
            partners.StaleAfterDays,
            [.. sections.OrderBy(s => s.Order)]));
    }

    private static Shortlist<AttentionItem> Newest(IEnumerable<AttentionItem> items) =>
        new([.. items.OrderByDescending(e => e.Entry.UpdatedAt).Take(Shortlist<AttentionItem>.Size)], items.Count());
}
