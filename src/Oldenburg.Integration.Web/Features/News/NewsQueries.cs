using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.RichText;

namespace Oldenburg.Integration.Web.Features.News;

/// <summary>
/// Published news in the reader's language, German where a translation is missing, newest first.
/// The date of an item is its publication date; items published before it was stamped fall back to
/// their creation.
/// </summary>
public sealed class NewsQueries(AppDbContext db, RichTextRenderer richText)
{
    public const int PageSize = 10;

    public async Task<NewsListViewModel> ListAsync(string culture, int page, CancellationToken cancellationToken)
    {
        var total = await Published().CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await Summaries(Published(), culture, (page - 1) * PageSize, PageSize, cancellationToken);
        return new NewsListViewModel(items, page, pageCount, total);
    }

    /// <summary>The newest published items, for the feed and for pages that link to news.</summary>
    public Task<IReadOnlyList<NewsSummary>> NewestAsync(string culture, int count, CancellationToken cancellationToken) =>
        Summaries(Published(), culture, 0, count, cancellationToken);

    /// <summary>Published items linked to a published task or partner, newest first.</summary>
    public Task<IReadOnlyList<NewsSummary>> LinkedToAsync(NewsLinkSource source, string slug, string culture, int count, CancellationToken cancellationToken) =>
        Summaries(
            source == NewsLinkSource.Offer ? Published().Where(n => n.Offers.Any(o => o.Slug == slug)) : Published().Where(n => n.Partners.Any(p => p.Slug == slug)),
            culture, 0, count, cancellationToken);

    /// <summary>One item by its address; <c>includeUnpublished</c> is for the staff preview only.</summary>
    public async Task<NewsDetailsViewModel?> BySlugAsync(string culture, string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var item = await db.News.AsNoTracking()
            .Where(n => n.Slug == slug && (includeUnpublished || n.State == PublishState.Published))
            .Select(n => new
            {
                n.Id,
                n.Slug,
                n.PublishedAt,
                n.CreatedAt,
                n.UpdatedAt,
                n.IsSample,
                n.ImageFile,
                n.State,
                Translations = n.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList(),
                Offers = n.Offers.Where(o => o.State == PublishState.Published).OrderBy(o => o.SortOrder)
                    .Select(o => new { o.Slug, Texts = o.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList() }).ToList(),
                Partners = n.Partners.Where(p => p.State == PublishState.Published).OrderBy(p => p.NameSortKey)
                    .Select(p => new { p.Slug, p.Name }).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        var text = item?.Translations.ForCulture(culture);
        if (item is null || text is null)
        {
            return null;
        }

        var t = text.Value;
        var image = item.ImageFile is { } file && item.State == PublishState.Published && t.ImageAlt is { } alt
            ? new NewsImageView(NewsImageController.UrlFor(item.Slug, file), alt, text.Culture)
            : null;
        var offers = item.Offers.Select(o => (o.Slug, Text: o.Texts.ForCulture(culture))).Where(o => o.Text is not null)
            .Select(o => new NewsLinkedItem($"/{culture}/offers/{o.Slug}", o.Text!.Value.Title, o.Text.Culture)).ToList();
        var partners = item.Partners.Select(p => new NewsLinkedItem($"/{culture}/partners/{p.Slug}", p.Name, ContentTranslation.SourceCulture)).ToList();
        return new NewsDetailsViewModel(
            item.Slug, t.Title, t.Teaser, t.Body, text.Culture, text.IsFallback, item.PublishedAt ?? item.CreatedAt, item.UpdatedAt, item.IsSample, image, offers, partners)
        { Id = item.Id };
    }

    /// <summary>
    /// For the site search: every published item's texts in <paramref name="culture"/> and in German,
    /// one row per language, newest first, with the body as plain text.
    /// </summary>
    public async Task<IReadOnlyList<NewsSearchText>> PublishedTextsAsync(string culture, CancellationToken cancellationToken)
    {
        var rows = await Ordered(Published())
            .SelectMany(n => n.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture), (n, t) => new { n.Slug, Date = n.PublishedAt ?? n.CreatedAt, t.Culture, t.Title, t.Teaser, t.Body })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new NewsSearchText(r.Slug, r.Culture, r.Title, r.Teaser, richText.PlainText(r.Body), r.Date))];
    }

    /// <summary>The published items with the texts the feed needs, newest first.</summary>
    public async Task<IReadOnlyList<(NewsSummary Summary, string Body, DateTime UpdatedAt)>> FeedItemsAsync(string culture, int count, CancellationToken cancellationToken)
    {
        var rows = await Ordered(Published()).Take(count)
            .Select(n => new { n.Slug, Date = n.PublishedAt ?? n.CreatedAt, n.UpdatedAt, n.IsSample, Translations = n.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r, Text: r.Translations.ForCulture(culture))).Where(r => r.Text is not null)
            .Select(r => (new NewsSummary(r.r.Slug, r.Text!.Value.Title, r.Text.Value.Teaser, r.Text.Culture, r.Text.IsFallback, r.r.Date, r.r.IsSample), r.Text.Value.Body, r.r.UpdatedAt))];
    }

    public async Task<IReadOnlyList<(string Slug, DateTime UpdatedAt)>> PublishedSlugsAsync(CancellationToken cancellationToken) =>
        [.. (await Ordered(Published()).Select(n => new { n.Slug, n.UpdatedAt }).ToListAsync(cancellationToken)).Select(n => (n.Slug, n.UpdatedAt))];

    /// <summary>The image file of a published item, for the image URL.</summary>
    public Task<string?> PublishedImageAsync(string slug, CancellationToken cancellationToken) =>
        db.News.AsNoTracking().Where(n => n.Slug == slug && n.State == PublishState.Published).Select(n => n.ImageFile).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<NewsItem> Published() => db.News.AsNoTracking().Where(n => n.State == PublishState.Published);

    private static IOrderedQueryable<NewsItem> Ordered(IQueryable<NewsItem> items) =>
        items.OrderByDescending(n => n.PublishedAt ?? n.CreatedAt).ThenByDescending(n => n.Id);

    private static async Task<IReadOnlyList<NewsSummary>> Summaries(IQueryable<NewsItem> items, string culture, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await Ordered(items).Skip(skip).Take(take)
            .Select(n => new { n.Slug, Date = n.PublishedAt ?? n.CreatedAt, n.IsSample, Translations = n.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r, Text: r.Translations.ForCulture(culture))).Where(r => r.Text is not null)
            .Select(r => new NewsSummary(r.r.Slug, r.Text!.Value.Title, r.Text.Value.Teaser, r.Text.Culture, r.Text.IsFallback, r.r.Date, r.r.IsSample))];
    }
}

public enum NewsLinkSource
{
    Offer,
    Partner,
}
