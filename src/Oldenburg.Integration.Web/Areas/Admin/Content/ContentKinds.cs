using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>One item of any content type as the site-wide editorial views list it.</summary>
public sealed record ContentEntry(
    ContentRef Ref,
    string Title,
    PublishState State,
    DateTime UpdatedAt,
    string UpdatedBy,
    DateTime? PublishAt,
    DateTime? UnpublishAt,
    IReadOnlyList<string> Cultures);

/// <summary>
/// What the site-wide views (dashboard, translation coverage, scheduler) know about a content
/// type. Every type registers one; <see cref="Key"/> is also its admin controller's name.
/// </summary>
public interface IContentKind
{
    string Key { get; }

    /// <summary>Plural German label for navigation and overviews, e.g. "Aufgaben".</summary>
    string Label { get; }

    Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken);

    /// <summary>One item's title, edit-form snapshot and version, for records written outside a form (the scheduler).</summary>
    Task<ContentSnapshot?> SnapshotAsync(int id, CancellationToken cancellationToken);
}

public sealed record ContentSnapshot(string Title, object Model, long Version);
