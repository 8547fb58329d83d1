using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Access;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Areas.Admin.Suggestions;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Dashboard;

/// <summary>What needs attention across every content type: the first page staff see after signing in.</summary>
[AllowAnyStaff]
public sealed class DashboardController(
    ContentCatalog catalog,
    IEnumerable<DashboardSection> sections,
    SuggestionQueries suggestions,
    PartnerAdminQueries partners) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // A restricted account sees only what it may edit; the other lists are not its work.
        var entries = (await catalog.EntriesAsync(cancellationToken))
            .Where(e => StaffGrants.MayEdit(User, e.Kind.Key))
            .Select(e => new AttentionItem(e.Entry, e.Kind.Label))
            .ToList();
        var restricted = StaffGrants.IsRestricted(User);
        var partnersAllowed = StaffGrants.MayEdit(User, PartnerDefinition.ContentKey);

        var scheduled = entries.Where(e => e.Entry.PublishAt is not null || e.Entry.UnpublishAt is not null);
        var open = partnersAllowed ? await suggestions.OpenAsync(cancellationToken) : null;
        var stale = partnersAllowed ? await partners.StaleAsync(1, cancellationToken) : null;
        return View(new DashboardViewModel(
            Newest(entries.Where(e => e.Entry.State == PublishState.Draft && e.Entry.PublishAt is null)),
            Newest(entries.Where(e => e.Entry.State == PublishState.InReview)),
            new Shortlist<AttentionItem>([.. scheduled.OrderBy(e => e.NextScheduled).Take(Shortlist<AttentionItem>.Size)], scheduled.Count()),
            open is null ? null : new Shortlist<SuggestionRowViewModel>([.. open.Take(Shortlist<SuggestionRowViewModel>.Size)], open.Count),
            stale is null ? null : new Shortlist<PartnerRow>([.. stale.Rows.Take(Shortlist<PartnerRow>.Size)], stale.Total),
            partners.StaleAfterDays,
            [.. sections.Where(s => s.ContentKey is null ? !restricted : StaffGrants.MayEdit(User, s.ContentKey)).OrderBy(s => s.Order)]));
    }

    private static Shortlist<AttentionItem> Newest(IEnumerable<AttentionItem> items) =>
        new([.. items.OrderByDescending(e => e.Entry.UpdatedAt).Take(Shortlist<AttentionItem>.Size)], items.Count());
}
