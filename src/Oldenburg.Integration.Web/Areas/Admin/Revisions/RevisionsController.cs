using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Access;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Revisions;

/// <summary>
/// History and diffs for every content type, at /admin/revisions/history/{id}?type=offers. The
/// type must be a registered <see cref="IContentKind"/>; restoring is the content type's own action.
/// </summary>
[ContentGrantFromValue("type")]
public sealed class RevisionsController(ContentRevisions revisions, IEnumerable<IContentKind> kinds) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> History(string? type, int id, CancellationToken cancellationToken)
    {
        if (KindOf(type) is not { } kind)
        {
            return NotFound();
        }

        var item = new ContentRef(kind.Key, id);
        var rows = await revisions.ListAsync(item, cancellationToken);
        var title = rows.Count > 0 ? rows[0].Title : await CurrentTitleAsync(kind, item, cancellationToken);
        return title is null ? NotFound() : View(new RevisionHistoryViewModel(item, kind.Label, title, rows));
    }

    [HttpGet]
    public async Task<IActionResult> Diff(string? type, int id, int from, int to, CancellationToken cancellationToken)
    {
        if (KindOf(type) is not { } kind)
        {
            return NotFound();
        }

        var item = new ContentRef(kind.Key, id);
        (from, to) = from <= to ? (from, to) : (to, from);
        var older = await revisions.GetAsync(item, from, cancellationToken);
        var newer = await revisions.GetAsync(item, to, cancellationToken);
        if (older is null || newer is null)
        {
            return NotFound();
        }

        var rows = RevisionDiff.Compare(ContentRevisions.FieldsOf(older), ContentRevisions.FieldsOf(newer));
        return View(new RevisionDiffViewModel(item, kind.Label, newer.Title, RowOf(older), RowOf(newer), rows));
    }

    private IContentKind? KindOf(string? type) =>
        kinds.FirstOrDefault(k => string.Equals(k.Key, type, StringComparison.Ordinal));

    /// <summary>An item saved before revisions existed has none yet, but its history page is not "not found".</summary>
    private static async Task<string?> CurrentTitleAsync(IContentKind kind, ContentRef item, CancellationToken cancellationToken) =>
        (await kind.SnapshotAsync(item.Id, cancellationToken))?.Title;

    private static RevisionRow RowOf(ContentRevision r) => new(r.Number, r.CreatedAt, r.CreatedBy, r.Event, r.Title, r.Version);
}

public sealed record RevisionHistoryViewModel(ContentRef Item, string KindLabel, string Title, IReadOnlyList<RevisionRow> Rows);

public sealed record RevisionDiffViewModel(ContentRef Item, string KindLabel, string Title, RevisionRow From, RevisionRow To, IReadOnlyList<DiffRow> Rows);
