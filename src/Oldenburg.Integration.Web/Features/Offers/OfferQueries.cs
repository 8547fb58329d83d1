using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Offers;

/// <summary>Published offers (and, for staff, previews) in the reader's language, German where a translation is missing.</summary>
public sealed class OfferQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<OfferSummaryViewModel>> PublishedAsync(string culture, CancellationToken cancellationToken)
    {
        var offers = await db.Offers
            .AsNoTracking()
            .Where(o => o.State == PublishState.Published)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Slug)
            .Select(o => new
            {
                o.Id,
                o.Slug,
                Translations = o.Translations
                    .Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        return [.. offers
            .Select(o => (o.Id, o.Slug, Text: o.Translations.ForCulture(culture)))
            .Where(o => o.Text is not null)
            .Select(o => new OfferSummaryViewModel(o.Slug, o.Text!.Value.Title, o.Text.Value.Summary, o.Text.Culture, o.Text.IsFallback) { Id = o.Id })];
    }

    /// <summary>One item by its address; <c>includeUnpublished</c> is for the staff preview only, public pages show published offers only.</summary>
    public async Task<OfferDetailsViewModel?> BySlugAsync(string culture, string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var offer = await db.Offers
            .AsNoTracking()
            .Where(o => o.Slug == slug && (includeUnpublished || o.State == PublishState.Published))
            .Select(o => new
            {
                o.Id,
                o.Slug,
                o.UpdatedAt,
                Translations = o.Translations
                    .Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture)
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var text = offer?.Translations.ForCulture(culture);
        return offer is null || text is null
            ? null
            : new OfferDetailsViewModel(offer.Slug, text.Value.Title, text.Value.Summary, text.Value.Body, text.Culture, text.IsFallback, offer.UpdatedAt) { Id = offer.Id };
    }
}

public sealed record OfferSummaryViewModel(string Slug, string Title, string Summary, string TextCulture, bool IsFallback)
{
    /// <summary>For the translation review notice (ADR 0037).</summary>
    public int Id { get; init; }
}

public sealed record OfferDetailsViewModel(
    string Slug, string Title, string Summary, string Body, string TextCulture, bool IsFallback, DateTime UpdatedAt)
{
    public int Id { get; init; }
}
