using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>Every item of every content type, with its type.</summary>
public sealed record CatalogEntry(IContentKind Kind, ContentEntry Entry);

/// <summary>
/// The site-wide list of items that the dashboard and the translation coverage both read. Loaded
/// once per request: the dashboard renders the coverage card too, and the partner directory alone
/// can hold thousands of entries.
/// </summary>
public sealed class ContentCatalog(AppDbContext db, IEnumerable<IContentKind> kinds)
{
    private IReadOnlyList<CatalogEntry>? _entries;

    public IEnumerable<IContentKind> Kinds => kinds;

    public async Task<IReadOnlyList<CatalogEntry>> EntriesAsync(CancellationToken cancellationToken)
    {
        if (_entries is null)
        {
            var entries = new List<CatalogEntry>();
            foreach (var kind in kinds)
            {
                entries.AddRange((await kind.EntriesAsync(db, cancellationToken)).Select(e => new CatalogEntry(kind, e)));
            }

            _entries = entries;
        }

        return _entries;
    }
}
