using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Areas.Admin.Events;
using Oldenburg.Integration.Web.Features.Events;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Search.Sources;

/// <summary>
/// Upcoming events: title, description and place. The corpus is rebuilt when events are saved
/// and at the latest after the corpus lifetime, so an event that has just ended can be found
/// for that long; its page then shows it as past.
/// </summary>
public sealed class EventSearchSource(EventQueries events, IStringLocalizer<SearchResource> localizer, TaggedMemoryCache cache)
    : CorpusSearchSource(cache)
{
    public override string Key => "events";

    public override string Label => localizer["Group.Events"];

    public override int Order => 25;

    public override IReadOnlyCollection<string> Tags => [EventDefinition.ContentKey];

    protected override async Task<IEnumerable<SearchDocument>> LoadAsync(string culture, CancellationToken cancellationToken) =>
        ByItem(
            culture,
            await events.UpcomingSearchTextsAsync(culture, cancellationToken),
            e => $"/{culture}/events/{e.Slug}",
            e => new SearchText(e.Culture, e.Title, e.Description + "\n" + e.Place));
}
