using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

/// <summary>The staff list's query string: everything optional, bad values ignored rather than refused.</summary>
public sealed class PartnerListQuery
{
    public const int PageSize = 50;
    public const int MaxQueryLength = 200;

    public string? Q { get; set; }

    /// <summary>"draft", "published" or empty for all.</summary>
    public string? State { get; set; }

    /// <summary>Only entries not checked for at least this many days (or never).</summary>
    public int? CheckedDaysAgo { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record PartnerRow(
    int Id, string Name, string Slug, PublishState State, string? TypeName, DateTime? LastCheckedAt, string? LastCheckedBy, DateTime UpdatedAt, string UpdatedBy, bool IsSample = false);

public sealed record PartnerPage(IReadOnlyList<PartnerRow> Rows, int Total, int Page, int PageCount);

public sealed class PartnerAdminQueries(AppDbContext db, TimeProvider clock, IConfiguration configuration)
{
    /// <summary>Every partner for the site-wide editorial views (dashboard, translation coverage).</summary>
    public static async Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Partners.AsNoTracking().OrderBy(p => p.NameSortKey)
            .Select(p => new ContentEntry(
                new ContentRef("partners", p.Id), p.Name,
                p.State, p.UpdatedAt, p.UpdatedBy, p.PublishAt, p.UnpublishAt,
                p.Translations.Select(t => t.Culture).ToList()))
            .ToListAsync(cancellationToken);

    /// <summary>How old a "last checked" date may get before the entry shows up in the list to re-check.</summary>
    public int StaleAfterDays => Math.Max(1, configuration.GetValue("Partners:StaleAfterDays", 365));

    public Task<PartnerPage> ListAsync(PartnerListQuery query, CancellationToken cancellationToken)
    {
        var partners = db.Partners.AsNoTracking();
        var text = query.Q?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            // Folded like the stored fields, so "ärzte" finds "Ärzte" on SQLite and SQL Server alike.
            var folded = SearchFolding.Fold(text.Length > PartnerListQuery.MaxQueryLength ? text[..PartnerListQuery.MaxQueryLength] : text);
            partners = partners.Where(p => p.NameSortKey.Contains(folded) || p.SearchText.Contains(folded) || p.Slug.Contains(folded));
        }

        if (Enum.TryParse<PublishState>(query.State, ignoreCase: true, out var state) && Enum.IsDefined(state))
        {
            partners = partners.Where(p => p.State == state);
        }

        if (query.CheckedDaysAgo is >= 0 and <= 36_500)
        {
            var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-query.CheckedDaysAgo.Value);
            partners = partners.Where(p => p.LastCheckedAt == null || p.LastCheckedAt < cutoff);
        }

        return PageAsync(partners.OrderBy(p => p.NameSortKey).ThenBy(p => p.Id), query.Page, cancellationToken);
    }

    /// <summary>Entries never checked or checked before the configured age, oldest (never) first.</summary>
    public Task<PartnerPage> StaleAsync(int page, CancellationToken cancellationToken) =>
        PageAsync(Stale().OrderBy(p => p.LastCheckedAt).ThenBy(p => p.NameSortKey), page, cancellationToken);

    public async Task<(int Published, int Drafts, int Stale)> CountsAsync(CancellationToken cancellationToken) => (
        await db.Partners.CountAsync(p => p.State == PublishState.Published, cancellationToken),
        await db.Partners.CountAsync(p => p.State == PublishState.Draft, cancellationToken),
        await Stale().CountAsync(cancellationToken));

    private IQueryable<Partner> Stale()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-StaleAfterDays);
        return db.Partners.AsNoTracking().Where(p => p.LastCheckedAt == null || p.LastCheckedAt < cutoff);
    }

    private static async Task<PartnerPage> PageAsync(IQueryable<Partner> ordered, int page, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)PartnerListQuery.PageSize));
        page = Math.Clamp(page, 1, pageCount);
        var rows = await ordered
            .Skip((page - 1) * PartnerListQuery.PageSize).Take(PartnerListQuery.PageSize)
            .Select(p => new PartnerRow(
                p.Id,
                p.Name,
                p.Slug,
                p.State,
                p.Type!.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Name).FirstOrDefault(),
                p.LastCheckedAt,
                p.LastCheckedBy,
                p.UpdatedAt,
                p.UpdatedBy,
                p.IsSample))
            .ToListAsync(cancellationToken);
        return new PartnerPage(rows, total, page, pageCount);
    }
}
