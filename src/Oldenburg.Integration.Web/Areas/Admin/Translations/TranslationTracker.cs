using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Translations;

/// <summary>
/// Keeps each translation's source version (ADR 0015). Presence comes from the content itself;
/// a translation without a row predates tracking and counts as up to date until the next tracked save.
/// </summary>
public sealed class TranslationTracker(AppDbContext db, TimeProvider clock)
{
    private const string Source = ContentTranslation.SourceCulture;

    public static IReadOnlyList<string> TargetCultures { get; } = [.. SupportedCultures.Names.Where(c => c != Source)];

    /// <summary>Culture → canonical text of that language's block; empty blocks are no translation.</summary>
    public static IReadOnlyDictionary<string, string> Blocks<TText>(IEnumerable<TText> texts)
        where TText : ITextEditModel =>
        texts.Where(t => !t.IsEmpty)
            .ToDictionary(t => t.Culture, t => JsonSerializer.Serialize(t, t.GetType()), StringComparer.Ordinal);

    /// <summary>
    /// Records a save. Adds rows to the context without saving, so the caller saves them with the content.
    /// <paramref name="before"/> is null for a new item. A changed translation loses its review mark unless
    /// <paramref name="review"/> confirms it (ADR 0037); returns the review change, if any, for the audit log.
    /// </summary>
    public async Task<bool?> TrackAsync(
        ContentRef item,
        IReadOnlyDictionary<string, string>? before,
        IReadOnlyDictionary<string, string> after,
        bool minorChange,
        string user,
        TranslationReview? review = null,
        CancellationToken cancellationToken = default)
    {
        var rows = await RowsOf(item).ToDictionaryAsync(r => r.Culture, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var version = rows.GetValueOrDefault(Source)?.SourceVersion ?? 0;

        TranslationStatus Row(string culture)
        {
            if (!rows.TryGetValue(culture, out var row))
            {
                row = new TranslationStatus { ContentType = item.Type, ContentId = item.Id, Culture = culture, SourceVersion = version, UpdatedAt = now, UpdatedBy = user };
                rows[culture] = row;
                db.TranslationStatuses.Add(row);
            }

            return row;
        }

        // Translations saved before tracking were current until now; pin them to the old version first.
        foreach (var culture in (before?.Keys ?? []).Where(c => c != Source && !rows.ContainsKey(c)))
        {
            Row(culture);
        }

        var wasReviewed = new Dictionary<string, bool>(StringComparer.Ordinal);
        var germanChanged = !Same(before, after, Source);
        if (germanChanged && !minorChange)
        {
            version++;
        }

        var german = Row(Source);
        german.SourceVersion = version;
        if (germanChanged)
        {
            (german.UpdatedAt, german.UpdatedBy) = (now, user);
        }

        foreach (var culture in TargetCultures)
        {
            if (!after.ContainsKey(culture))
            {
                if (rows.Remove(culture, out var gone))
                {
                    db.TranslationStatuses.Remove(gone);
                }
            }
            else if (!Same(before, after, culture))
            {
                var row = Row(culture);
                (row.SourceVersion, row.UpdatedAt, row.UpdatedBy) = (version, now, user);
                wasReviewed.TryAdd(culture, row.ReviewedAt is not null);
                (row.ReviewedAt, row.ReviewedBy) = (null, null);
            }
        }

        if (review is null || !after.ContainsKey(review.Culture) || review.Culture == Source)
        {
            return null;
        }

        var reviewed = Row(review.Culture);
        var previously = wasReviewed.TryGetValue(review.Culture, out var was) ? was : reviewed.ReviewedAt is not null;
        if (!review.Reviewed)
        {
            (reviewed.ReviewedAt, reviewed.ReviewedBy) = (null, null);
        }
        else if (reviewed.ReviewedAt is null)
        {
            (reviewed.ReviewedAt, reviewed.ReviewedBy) = (now, user);
        }

        return previously == review.Reviewed ? null : review.Reviewed;
    }

    /// <summary>Each target language of an item whose present cultures are known (e.g. from the loaded entity).</summary>
    public async Task<IReadOnlyList<CultureStatus>> StatusAsync(
        ContentRef item, IEnumerable<string> presentCultures, CancellationToken cancellationToken = default)
    {
        var rows = await RowsOf(item).AsNoTracking().ToListAsync(cancellationToken);
        return StatusOf(presentCultures, rows);
    }

    /// <summary>Removes the item's rows from the context; the caller saves them with the deletion.</summary>
    public async Task ForgetAsync(ContentRef item, CancellationToken cancellationToken = default) =>
        db.TranslationStatuses.RemoveRange(await RowsOf(item).ToListAsync(cancellationToken));

    public async Task<CoverageReport> CoverageAsync(ContentCatalog catalog, CancellationToken cancellationToken = default)
    {
        var rows = (await db.TranslationStatuses.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(r => new ContentRef(r.ContentType, r.ContentId));
        var items = (await catalog.EntriesAsync(cancellationToken))
            .Select(i => (i.Kind, i.Entry, Status: StatusOf(i.Entry.Cultures, [.. rows[i.Entry.Ref]])))
            .ToList();

        return new CoverageReport([.. TargetCultures.Select(culture =>
        {
            var states = items.Select(i => (i.Kind, i.Entry, Status: i.Status.Single(s => s.Culture == culture))).ToList();
            return new CultureCoverage(
                culture,
                Count(states.Select(s => s.Status)),
                [.. states.GroupBy(s => s.Kind).Select(g => new TypeCoverage(g.Key.Key, g.Key.Label, Count(g.Select(s => s.Status))))],
                [.. states.Where(s => s.Status.State == TranslationState.Outdated).Select(s => s.Entry)],
                [.. states.Where(s => s.Status.State == TranslationState.Missing).Select(s => s.Entry)])
            {
                Unreviewed = [.. states.Where(s => s.Status.IsUnreviewed).Select(s => s.Entry)],
            };
        })]);
    }

    private IQueryable<TranslationStatus> RowsOf(ContentRef item) =>
        db.TranslationStatuses.Where(r => r.ContentType == item.Type && r.ContentId == item.Id);

    private static bool Same(IReadOnlyDictionary<string, string>? before, IReadOnlyDictionary<string, string> after, string culture) =>
        string.Equals(before?.GetValueOrDefault(culture), after.GetValueOrDefault(culture), StringComparison.Ordinal);

    private static CoverageCounts Count(IEnumerable<CultureStatus> statuses)
    {
        var list = statuses.ToList();
        return new CoverageCounts(
            list.Count,
            list.Count(s => s.State == TranslationState.UpToDate),
            list.Count(s => s.State == TranslationState.Outdated),
            list.Count(s => s.State == TranslationState.Missing))
        {
            Unreviewed = list.Count(s => s.IsUnreviewed),
        };
    }

    private static IReadOnlyList<CultureStatus> StatusOf(IEnumerable<string> presentCultures, IReadOnlyList<TranslationStatus> rows)
    {
        var present = presentCultures.ToHashSet(StringComparer.Ordinal);
        var version = rows.FirstOrDefault(r => r.Culture == Source)?.SourceVersion ?? 0;
        return [.. TargetCultures.Select(culture =>
        {
            if (!present.Contains(culture))
            {
                return new CultureStatus(culture, TranslationState.Missing, null, null);
            }

            var row = rows.FirstOrDefault(r => r.Culture == culture);
            return row is null
                ? new CultureStatus(culture, TranslationState.UpToDate, null, null)
                : new CultureStatus(
                    culture, row.SourceVersion < version ? TranslationState.Outdated : TranslationState.UpToDate, row.UpdatedAt, row.UpdatedBy, row.ReviewedAt, row.ReviewedBy);
        })];
    }
}
