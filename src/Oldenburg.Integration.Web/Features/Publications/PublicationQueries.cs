using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Publications;

/// <summary>
/// Published publications in the reader's language. An office publishes dozens, not thousands, so
/// the list is read whole and filtered in memory; the filter choices come from the same read.
/// A version without a file (possible only through the side-by-side editor) is not shown.
/// </summary>
public sealed class PublicationQueries(AppDbContext db)
{
    public async Task<PublicationListViewModel> ListAsync(string culture, PublicationFilter filter, CancellationToken cancellationToken)
    {
        var all = await PublishedAsync(culture, cancellationToken);
        var topics = Distinct(all.Select(p => p.Topic));
        var tasks = Distinct(all.Select(p => p.Task));
        var languages = all.SelectMany(p => p.Versions).Select(v => v.Culture).Distinct(StringComparer.Ordinal)
            .Select(c => new PublicationOption(c, PublicationLanguages.NativeName(c)))
            .OrderBy(o => PublicationLanguages.All.Select(l => l.Code).ToList().IndexOf(o.Key)).ToList();
        var years = all.Select(p => p.Year).Distinct().OrderDescending().ToList();
        var known = filter with
        {
            Topic = topics.Any(t => t.Key == filter.Topic) ? filter.Topic : null,
            Task = tasks.Any(t => t.Key == filter.Task) ? filter.Task : null,
        };
        return new PublicationListViewModel(known, [.. all.Where(known.Matches)], languages, topics, tasks, years);
    }

    public async Task<IReadOnlyList<PublicationView>> PublishedAsync(string culture, CancellationToken cancellationToken) =>
        [.. (await Query(includeUnpublished: false).ToListAsync(cancellationToken)).Select(p => View(p, culture)).OfType<PublicationView>()];

    /// <summary>One publication by its address; <c>includeUnpublished</c> is for the staff preview only.</summary>
    public async Task<PublicationView?> BySlugAsync(string culture, string slug, bool includeUnpublished, CancellationToken cancellationToken) =>
        await Query(includeUnpublished).SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken) is { } publication ? View(publication, culture) : null;

    /// <summary>A published publication by its id, for pages that link one (the concept document); null while it is not published.</summary>
    public async Task<PublicationView?> PublishedByIdAsync(string culture, int id, CancellationToken cancellationToken) =>
        await Query(includeUnpublished: false).SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is { } publication ? View(publication, culture) : null;

    /// <summary>The current file of a published publication's version, for the stable reader-facing URL.</summary>
    public Task<string?> CurrentFileAsync(string slug, string language, CancellationToken cancellationToken) =>
        db.Set<PublicationVersion>().AsNoTracking()
            .Where(v => v.Culture == language && v.FileName != ""
                && db.Publications.Any(p => p.Id == v.PublicationId && p.Slug == slug && p.State == PublishState.Published))
            .Select(v => v.FileName).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A version by its stored file name, only while its publication is published.</summary>
    public Task<PublicationVersion?> PublishedVersionByFileAsync(string fileName, CancellationToken cancellationToken) =>
        db.Set<PublicationVersion>().AsNoTracking()
            .Where(v => v.FileName == fileName && db.Publications.Any(p => p.Id == v.PublicationId && p.State == PublishState.Published))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<(string Slug, DateTime UpdatedAt)>> PublishedSlugsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Publications.AsNoTracking().Where(p => p.State == PublishState.Published).OrderBy(p => p.Slug)
            .Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(cancellationToken)).Select(p => (p.Slug, p.UpdatedAt))];

    /// <summary>The reader's language first, then German, then the others in the order of the language list.</summary>
    public static IReadOnlyList<PublicationVersionView> Ordered(IEnumerable<PublicationVersionView> versions, string culture) =>
        [.. versions.OrderBy(v => v.Culture == culture ? 0 : v.Culture == ContentTranslation.SourceCulture ? 1 : 2)
            .ThenBy(v => PublicationLanguages.Find(v.Culture) is { } l ? PublicationLanguages.All.ToList().IndexOf(l) : int.MaxValue)];

    private IQueryable<Publication> Query(bool includeUnpublished) =>
        db.Publications.AsNoTracking()
            .Where(p => includeUnpublished || p.State == PublishState.Published)
            .Include(p => p.Translations)
            .Include(p => p.Topic!).ThenInclude(t => t.Translations)
            .Include(p => p.Offer!).ThenInclude(o => o.Translations)
            .OrderByDescending(p => p.Year).ThenBy(p => p.Slug)
            .AsSplitQuery();

    private static PublicationView? View(Publication p, string culture)
    {
        var withFile = p.Translations.Where(v => v.FileName.Length > 0).ToList();
        var text = withFile.ForCulture(culture);
        if (text is null && withFile.FirstOrDefault() is { } first)
        {
            text = new Localized<PublicationVersion>(first, first.Culture, IsFallback: true);
        }

        if (text is null)
        {
            return null;
        }

        var versions = withFile.Select(v => new PublicationVersionView(v.Culture, v.Title, v.Summary, v.FileName, v.DownloadName, v.ContentType, v.FileSize, v.PageCount, v.FileUpdatedAt));
        var topic = p.Topic is null ? null : new PublicationOption(p.Topic.Key, p.Topic.Translations.ForCulture(culture)?.Value.Name ?? p.Topic.Key);
        var task = p.Offer is { State: PublishState.Published } offer
            ? new PublicationOption(offer.Slug, offer.Translations.ForCulture(culture)?.Value.Title ?? offer.Slug)
            : null;
        return new PublicationView(
            p.Slug, text.Value.Title, text.Value.Summary, text.Culture, text.IsFallback, p.Year, p.Series, p.Audience, topic, task, p.IsSample, p.UpdatedAt,
            Ordered(versions, culture))
        { Id = p.Id };
    }

    private static List<PublicationOption> Distinct(IEnumerable<PublicationOption?> options) =>
        [.. options.OfType<PublicationOption>().DistinctBy(o => o.Key).OrderBy(o => o.Name, StringComparer.CurrentCulture)];
}
