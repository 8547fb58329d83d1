using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Pages;

/// <summary>
/// Published standing pages in the reader's language, German where a translation is missing.
/// The footer links appear on every page, so they are cached per language like the office card
/// and evicted when staff change a page.
/// </summary>
public sealed class PageQueries(AppDbContext db, TaggedMemoryCache cache)
{
    private static readonly string[] FooterTags = ["pages"];

    /// <summary>One item by its address; <c>includeUnpublished</c> is for the staff preview only, public pages show published pages only.</summary>
    public async Task<PageViewModel?> BySlugAsync(string culture, string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var page = await db.Pages
            .AsNoTracking()
            .Where(p => p.Slug == slug && (includeUnpublished || p.State == PublishState.Published))
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.UpdatedAt,
                p.EasyRead,
                Translations = p.Translations
                    .Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture)
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var text = page?.Translations.ForCulture(culture);
        return page is null || text is null
            ? null
            : new PageViewModel(page.Slug, text.Value.Title, text.Value.Body, text.Culture, text.IsFallback, page.UpdatedAt, page.EasyRead) { Id = page.Id };
    }

    /// <summary>The published pages in Leichte Sprache, in their order; their German titles only (ADR 0036).</summary>
    public async Task<IReadOnlyList<EasyReadLinkViewModel>> EasyReadPagesAsync(CancellationToken cancellationToken)
    {
        var pages = await db.Pages
            .AsNoTracking()
            .Where(p => p.State == PublishState.Published && p.EasyRead)
            .OrderBy(p => p.FooterOrder == null).ThenBy(p => p.FooterOrder).ThenBy(p => p.Slug)
            .Select(p => new
            {
                p.Slug,
                p.UpdatedAt,
                Title = p.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. pages.Where(p => p.Title is not null).Select(p => new EasyReadLinkViewModel(p.Slug, p.Title!, p.UpdatedAt))];
    }

    public Task<IReadOnlyList<FooterLinkViewModel>> FooterLinksAsync(string culture, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync("footer-pages:" + culture, FooterTags, TimeSpan.FromMinutes(10), ct => ReadFooterLinksAsync(culture, ct), cancellationToken);

    private async Task<IReadOnlyList<FooterLinkViewModel>> ReadFooterLinksAsync(string culture, CancellationToken cancellationToken)
    {
        // Titles only: the bodies can be long and the footer needs none of them.
        var pages = await db.Pages
            .AsNoTracking()
            .Where(p => p.State == PublishState.Published && p.FooterOrder != null && !p.EasyRead)
            .OrderBy(p => p.FooterOrder).ThenBy(p => p.Slug)
            .Select(p => new
            {
                p.Slug,
                Titles = p.Translations
                    .Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture)
                    .Select(t => new { t.Culture, t.Title })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        IReadOnlyList<FooterLinkViewModel> links = [.. pages
            .Select(p => (p.Slug, Title: p.Titles.FirstOrDefault(t => t.Culture == culture) ?? p.Titles.FirstOrDefault(t => t.Culture == ContentTranslation.SourceCulture)))
            .Where(p => p.Title is not null)
            .Select(p => new FooterLinkViewModel(p.Slug, p.Title!.Title, p.Title.Culture))];
        return links;
    }
}

public sealed record PageViewModel(string Slug, string Title, string Body, string TextCulture, bool IsFallback, DateTime UpdatedAt, bool EasyRead = false)
{
    /// <summary>For the translation review notice (ADR 0037).</summary>
    public int Id { get; init; }
}

public sealed record EasyReadLinkViewModel(string Slug, string Title, DateTime UpdatedAt);

public sealed record FooterLinkViewModel(string Slug, string Title, string TextCulture);
