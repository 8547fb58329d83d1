using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Areas.Admin.Concept;
using Oldenburg.Integration.Web.Areas.Admin.FieldsOfAction;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Concept;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.RichText;

namespace Oldenburg.Integration.Web.Features.Search.Sources;

/// <summary>
/// The integration concept page and its published fields of action, each found by its own words
/// and linked to its place on the concept page.
/// </summary>
public sealed class ConceptSearchSource(AppDbContext db, RichTextRenderer richText, IStringLocalizer<SearchResource> localizer, TaggedMemoryCache cache)
    : CorpusSearchSource(cache)
{
    public override string Key => "concept";

    public override string Label => localizer["Group.Concept"];

    public override int Order => 40;

    public override IReadOnlyCollection<string> Tags => [ConceptDefinition.ContentKey, FieldOfActionDefinition.ContentKey];

    protected override async Task<IEnumerable<SearchDocument>> LoadAsync(string culture, CancellationToken cancellationToken)
    {
        var concept = await db.IntegrationConcepts.AsNoTracking()
            .Select(c => c.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList())
            .SingleOrDefaultAsync(cancellationToken) ?? [];
        var fields = await db.FieldsOfAction.AsNoTracking()
            .Where(f => f.State == PublishState.Published)
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Slug)
            .Select(f => new { f.Slug, Translations = f.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList() })
            .ToListAsync(cancellationToken);
        var page = $"/{culture}/concept";
        return fields
            .Select(f => new SearchDocument(
                $"{page}#{ConceptAnchors.Of(f.Slug)}",
                Versions(f.Translations, culture, t => new SearchText(t.Culture, t.Title, richText.PlainText(t.Goal) + "\n" + string.Join('\n', t.Measures)))))
            .Prepend(new SearchDocument(
                page,
                Versions(concept, culture, t => new SearchText(t.Culture, t.Title, richText.PlainText(t.Purpose) + "\n" + richText.PlainText(t.Origin)))));
    }
}
