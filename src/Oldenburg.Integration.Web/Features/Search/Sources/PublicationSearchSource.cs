using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Areas.Admin.Publications;
using Oldenburg.Integration.Web.Features.Publications;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Search.Sources;

/// <summary>
/// Publications in every language version they have, not only the reader's and German: a reader
/// looks for the Turkish brochure with Turkish words. The version that matched is the one shown.
/// </summary>
public sealed class PublicationSearchSource(PublicationQueries publications, IStringLocalizer<SearchResource> localizer, TaggedMemoryCache cache)
    : CorpusSearchSource(cache)
{
    public override string Key => "publications";

    public override string Label => localizer["Group.Publications"];

    public override int Order => 30;

    public override IReadOnlyCollection<string> Tags => [PublicationDefinition.ContentKey];

    // The versions come in the publications' own order: the reader's language, German, then the language list.
    protected override async Task<IEnumerable<SearchDocument>> LoadAsync(string culture, CancellationToken cancellationToken) =>
        (await publications.PublishedAsync(culture, cancellationToken)).Select(p => new SearchDocument(
            $"/{culture}/publications/{p.Slug}",
            [.. p.Versions.Select(v => new SearchText(v.Culture, v.Title, v.Summary))]));
}
