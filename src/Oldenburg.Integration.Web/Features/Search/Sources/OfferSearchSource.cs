using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Areas.Admin.Offers;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.RichText;

namespace Oldenburg.Integration.Web.Features.Search.Sources;

/// <summary>The office's tasks and offers ("Aufgaben"): title, summary and body.</summary>
public sealed class OfferSearchSource(AppDbContext db, RichTextRenderer richText, IStringLocalizer<SearchResource> localizer, TaggedMemoryCache cache)
    : CorpusSearchSource(cache)
{
    public override string Key => "offers";

    public override string Label => localizer["Group.Offers"];

    public override int Order => 10;

    public override IReadOnlyCollection<string> Tags => [OfferDefinition.ContentKey];

    protected override async Task<IEnumerable<SearchDocument>> LoadAsync(string culture, CancellationToken cancellationToken)
    {
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.State == PublishState.Published)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Slug)
            .Select(o => new { o.Slug, Translations = o.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList() })
            .ToListAsync(cancellationToken);
        return offers.Select(o => new SearchDocument(
            $"/{culture}/offers/{o.Slug}",
            Versions(o.Translations, culture, t => new SearchText(t.Culture, t.Title, t.Summary + "\n" + richText.PlainText(t.Body)))));
    }
}
