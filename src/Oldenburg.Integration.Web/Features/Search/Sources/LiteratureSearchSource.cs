using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Areas.Admin.Literature;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Search.Sources;

/// <summary>
/// Recommended literature: title, author and publisher are cited as published, in every language;
/// the note is found in the reader's language and German.
/// </summary>
public sealed class LiteratureSearchSource(AppDbContext db, IStringLocalizer<SearchResource> localizer, TaggedMemoryCache cache)
    : CorpusSearchSource(cache)
{
    public override string Key => "literature";

    public override string Label => localizer["Group.Literature"];

    public override int Order => 60;

    public override IReadOnlyCollection<string> Tags => [LiteratureDefinition.ContentKey];

    protected override async Task<IEnumerable<SearchDocument>> LoadAsync(string culture, CancellationToken cancellationToken)
    {
        var entries = await db.Literature.AsNoTracking()
            .Where(l => l.State == PublishState.Published)
            .OrderBy(l => l.Author).ThenBy(l => l.Title).ThenBy(l => l.Slug)
            .Select(l => new
            {
                l.Slug,
                l.Title,
                l.Author,
                l.Publisher,
                Notes = l.Translations.Where(t => t.Note != "" && (t.Culture == culture || t.Culture == ContentTranslation.SourceCulture)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return entries.Select(e =>
        {
            var cited = $"{e.Author}. {e.Publisher}";
            var versions = Versions(e.Notes, culture, t => new SearchText(t.Culture, e.Title, cited + "\n" + t.Note));

            // The citation has no language of its own; an entry without a note is found by it alone.
            return new SearchDocument(
                $"/{culture}/links#{e.Slug}",
                versions.Count > 0 ? versions : [new SearchText(ContentTranslation.SourceCulture, e.Title, cited)]);
        });
    }
}
