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

    protected override Task<IEnumerable<SearchDocument>> LoadAsync(string culture, CancellationToken cancellationToken) =>
        ReaderAndGermanAsync(
            culture,
            async language => (IReadOnlyList<NewsSearchText>)[.. (await news.PublishedTextsAsync(language, cancellationToken)).OrderByDescending(n => n.Date)],
            n => $"/{culture}/news/{n.Slug}",
            n => new SearchText(n.Culture, n.Title, n.Teaser + "\n" + n.Body));
}
