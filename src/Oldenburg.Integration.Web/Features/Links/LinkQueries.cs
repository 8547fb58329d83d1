using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Links;

/// <summary>
/// Published links and literature in the reader's language, German where a translation is missing.
/// The lists are curated, tens of entries rather than thousands, so they are read whole and filtered in memory.
/// </summary>
public sealed class LinkQueries(AppDbContext db)
{
    /// <summary>The page's lists; a <see cref="LinkPreview"/> (staff preview only) shows one unpublished item as if it were published.</summary>
    public async Task<LinksPageViewModel> PageAsync(string culture, LinkFilter requested, LinkPreview? preview, CancellationToken cancellationToken)
    {
        var links = await PublishedLinksAsync(culture, cancellationToken, preview?.LinkId);
        var topics = links.Where(l => l.Link.Topic is not null).Select(l => l.Link.Topic!)
            .DistinctBy(t => t.Id).OrderBy(t => t.SortOrder).ThenBy(t => t.Key)
            .Select(t => new FilterOption(t.Key, LookupName(t.Translations, culture, t.Key))).ToList();
        var languages = links.Select(l => l.Link.TargetLanguage).Distinct(StringComparer.Ordinal)
            .Select(code => new FilterOption(code, SupportedCultures.NativeName(code), code))
            .OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        var filter = requested.KeepKnown(topics.Select(t => t.Key), languages.Select(l => l.Key));
        var shown = links
            .Where(l => filter.Topic is null || l.Link.Topic?.Key == filter.Topic)
            .Where(l => filter.Language is null || l.Link.TargetLanguage == filter.Language)
            .ToList();
        var literature = await PublishedLiteratureAsync(culture, cancellationToken, preview?.LiteratureId);
        return new LinksPageViewModel(
            filter,
            topics,
            languages,
            Group(shown.Select(l => (l.Link.Category!, l.View)), culture),
            shown.Count,
            Group(literature.Select(l => (l.Entry.Category!, l.View)), culture));
    }

    /// <summary>Every published link, for open data, in the list's order.</summary>
    public async Task<IReadOnlyList<(string Category, LinkView Link)>> AllLinksAsync(string culture, CancellationToken cancellationToken) =>
        [.. (await PublishedLinksAsync(culture, cancellationToken)).Select(l => (l.Link.Category!.Key, l.View))];

    public async Task<IReadOnlyList<(string Category, LiteratureView Entry)>> AllLiteratureAsync(string culture, CancellationToken cancellationToken) =>
        [.. (await PublishedLiteratureAsync(culture, cancellationToken)).Select(l => (l.Entry.Category!.Key, l.View))];

    private async Task<List<(CuratedLink Link, LinkView View)>> PublishedLinksAsync(string culture, CancellationToken cancellationToken, int? previewId = null)
    {
        var links = await db.Links.AsNoTracking()
            .Where(l => l.State == PublishState.Published || l.Id == previewId)
            .Include(l => l.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture))
            .Include(l => l.Category!).ThenInclude(c => c.Translations)
            .Include(l => l.Topic!).ThenInclude(t => t.Translations)
            .ToListAsync(cancellationToken);
        return [.. links
            .Select(l => (Link: l, Text: l.Translations.ForCulture(culture)))
            .Where(l => l.Text is not null)
            .OrderBy(l => l.Link.Category!.SortOrder).ThenBy(l => l.Link.Category!.Key).ThenBy(l => l.Link.SortOrder).ThenBy(l => l.Text!.Value.Title, StringComparer.CurrentCulture)
            .Select(l => (l.Link, new LinkView(
                l.Link.Slug, l.Text!.Value.Title, l.Text.Value.Description, l.Link.Url, l.Link.TargetLanguage, SupportedCultures.NativeName(l.Link.TargetLanguage),
                l.Link.Topic is null ? null : LookupName(l.Link.Topic.Translations, culture, l.Link.Topic.Key), l.Text.Culture, l.Text.IsFallback)))];
    }

    private async Task<List<(LiteratureEntry Entry, LiteratureView View)>> PublishedLiteratureAsync(string culture, CancellationToken cancellationToken, int? previewId = null)
    {
        var entries = await db.Literature.AsNoTracking()
            .Where(l => l.State == PublishState.Published || l.Id == previewId)
            .Include(l => l.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture))
            .Include(l => l.Category!).ThenInclude(c => c.Translations)
            .ToListAsync(cancellationToken);
        return [.. entries
            .OrderBy(e => e.Category!.SortOrder).ThenBy(e => e.Category!.Key).ThenBy(e => e.Author, StringComparer.CurrentCulture).ThenBy(e => e.Title, StringComparer.CurrentCulture)
            .Select(e =>
            {
                // A note is optional: an entry without one has nothing to fall back from.
                var note = e.Translations.Where(t => t.Note.Length > 0).ForCulture(culture);
                return (e, new LiteratureView(
                    e.Slug, e.Author, e.Title, e.Year, e.Publisher, e.Isbn, e.Url, note?.Value.Note ?? "", note?.Culture ?? culture, note?.IsFallback ?? false));
            })];
    }

    private static List<CategoryGroup<T>> Group<T>(IEnumerable<(LinkCategory Category, T Item)> items, string culture) =>
        [.. items.GroupBy(i => i.Category.Id)
            .Select(g => new CategoryGroup<T>(g.First().Category.Key, LookupName(g.First().Category.Translations, culture, g.First().Category.Key), [.. g.Select(i => i.Item)]))];

    private static string LookupName<T>(IEnumerable<T> translations, string culture, string key)
        where T : LookupTranslation => translations.ForCulture(culture)?.Value.Name ?? key;
}
