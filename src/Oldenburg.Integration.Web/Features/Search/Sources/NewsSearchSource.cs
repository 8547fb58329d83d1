using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Areas.Admin.News;
using Oldenburg.Integration.Web.Features.News;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Search.Sources;

/// <summary>Published news: title, teaser and body, newest first.</summary>
public sealed class NewsSearchSource(NewsQueries news, IStringLocalizer<SearchResource> localizer, TaggedMemoryCache cache)
    : CorpusSearchSource(cache)
{
    public override string Key => "news";

    public override string Label => localizer["Group.News"];

    public override int Order => 15;

    public override IReadOnlyCollection<string> Tags => [NewsDefinition.ContentKey];

    protected override async Task<IEnumerable<SearchDocument>> LoadAsync(string culture, CancellationToken cancellationToken) =>
        ByItem(
            culture,
            await news.PublishedTextsAsync(culture, cancellationToken),
            n => $"/{culture}/news/{n.Slug}",
            n => new SearchText(n.Culture, n.Title, n.Teaser + "\n" + n.Body));
}
