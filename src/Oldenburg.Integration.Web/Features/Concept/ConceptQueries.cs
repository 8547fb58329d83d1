using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Publications;

namespace Oldenburg.Integration.Web.Features.Concept;

/// <summary>
/// The concept page and the links back to it, in the reader's language with the German fallback.
/// Only published fields of action, offers, partners and documents appear; a preview adds one unpublished field.
/// </summary>
public sealed class ConceptQueries(AppDbContext db, PublicationQueries publications)
{
    public async Task<ConceptPageViewModel> PageAsync(string culture, int? previewId, CancellationToken cancellationToken)
    {
        var concept = await db.IntegrationConcepts.AsNoTracking()
            .Select(c => new
            {
                c.UpdatedAt,
                c.PublicationId,
                Translations = c.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var views = await FieldsAsync(culture, previewId, cancellationToken);
        var document = concept?.PublicationId is { } publicationId
            ? await publications.PublishedByIdAsync(culture, publicationId, cancellationToken)
            : null;
        var text = concept?.Translations.ForCulture(culture);
        var updated = views.Select(f => f.UpdatedAt).Append(concept?.UpdatedAt ?? DateTime.MinValue).Max();
        return new ConceptPageViewModel(
            text?.Value.Title,
            text?.Value.Purpose,
            text?.Value.Origin,
            text?.Culture ?? ContentTranslation.SourceCulture,
            text?.IsFallback ?? false,
            views,
            document,
            updated == DateTime.MinValue ? null : updated);
    }

    /// <summary>The published fields of action in the concept's order (a preview adds one), for the page and the open data.</summary>
    public async Task<IReadOnlyList<FieldOfActionViewModel>> FieldsAsync(string culture, int? previewId, CancellationToken cancellationToken)
    {
        var fields = await db.FieldsOfAction.AsNoTracking()
            .Where(f => f.State == PublishState.Published || f.Id == previewId)
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Slug)
            .Select(f => new
            {
                f.Slug,
                f.UpdatedAt,
                Translations = f.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList(),
                Offers = f.Offers.Where(o => o.State == PublishState.Published).OrderBy(o => o.SortOrder).ThenBy(o => o.Slug)
                    .Select(o => new { o.Slug, Translations = o.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList() })
                    .ToList(),
                Partners = f.Partners.Where(p => p.State == PublishState.Published).OrderBy(p => p.NameSortKey)
                    .Select(p => new { p.Slug, p.Name }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        return [.. fields
            .Select(f => (Field: f, Text: f.Translations.ForCulture(culture)))
            .Where(f => f.Text is not null)
            .Select(f => new FieldOfActionViewModel(
                f.Field.Slug,
                ConceptAnchors.Of(f.Field.Slug),
                f.Text!.Value.Title,
                f.Text.Value.Goal,
                f.Text.Value.Measures,
                f.Text.Culture,
                f.Text.IsFallback,
                [.. f.Field.Offers
                    .Select(o => (o.Slug, Text: o.Translations.ForCulture(culture)))
                    .Where(o => o.Text is not null)
                    .Select(o => new ConceptLink(o.Slug, o.Text!.Value.Title, o.Text.Culture))],
                [.. f.Field.Partners.Select(p => new ConceptLink(p.Slug, p.Name, null))],
                f.Field.UpdatedAt))];
    }

    /// <summary>The published fields of action an offer or a partner carries out, for the back-links on its page.</summary>
    public async Task<IReadOnlyList<ConceptLink>> LinkingAsync(ConceptLinkSource source, string slug, string culture, CancellationToken cancellationToken)
    {
        var published = db.FieldsOfAction.AsNoTracking().Where(f => f.State == PublishState.Published);
        var linked = source == ConceptLinkSource.Offer
            ? published.Where(f => f.Offers.Any(o => o.Slug == slug))
            : published.Where(f => f.Partners.Any(p => p.Slug == slug));
        var rows = await linked
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Slug)
            .Select(f => new { f.Slug, Translations = f.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList() })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => (r.Slug, Text: r.Translations.ForCulture(culture)))
            .Where(r => r.Text is not null)
            .Select(r => new ConceptLink(ConceptAnchors.Of(r.Slug), r.Text!.Value.Title, r.Text.Culture))];
    }
}

public enum ConceptLinkSource
{
    Offer,
    Partner,
}

/// <summary>The fragment a field of action has on the concept page; prefixed so that no slug can collide with the page's own ids.</summary>
public static class ConceptAnchors
{
    public static string Of(string slug) => "field-" + slug;
}
