using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Areas.Admin.Links;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Search.Sources;

/// <summary>Recommended links, found by title and description and linked to their entry on the links page.</summary>
public sealed class LinkSearchSource(AppDbContext db, IStringLocalizer<SearchResource> localizer, TaggedMemoryCache cache)
    : CorpusSearchSource(cache)
{
    public override string Key => "links";

    public override string Label => localizer["Group.Links"];

    public override int Order => 50;

    public override IReadOnlyCollection<string> Tags => [LinkDefinition.ContentKey];

    protected override async Task<IEnumerable<SearchDocument>> LoadAsync(string culture, CancellationToken cancellationToken)
    {
        var links = await db.Links.AsNoTracking()
            .Where(l => l.State == PublishState.Published)
            .OrderBy(l => l.SortOrder).ThenBy(l => l.Slug)
            .Select(l => new { l.Slug, Translations = l.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList() })
            .ToListAsync(cancellationToken);
        return links.Select(l => new SearchDocument(
            $"/{culture}/links#{l.Slug}",
            Versions(l.Translations, culture, t => new SearchText(t.Culture, t.Title, t.Description))));
    }
}
