using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Partners;
using Oldenburg.Integration.Web.Infrastructure.RichText;

namespace Oldenburg.Integration.Web.Features.Events;

/// <summary>
/// Published events in the reader's language. "Upcoming" means not yet over (the end is now or
/// later, by the injected clock); the rest is the archive. An office lists dozens of events, not
/// thousands, so a list is read whole and filtered and paged in memory, like publications.
/// Topic and language names come from the directory's lookup cache.
/// </summary>
public sealed class EventQueries(AppDbContext db, PartnerLookupCache lookups, RichTextRenderer richText, TimeProvider clock)
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<EventListViewModel> UpcomingAsync(string culture, EventFilter filter, CancellationToken cancellationToken)
    {
        var all = await ListAsync(culture, upcoming: true, cancellationToken);
        var names = await lookups.ForCultureAsync(culture, cancellationToken);
        var topics = names.Topics.Values.Where(t => all.Any(e => e.Topics.Any(x => x.Key == t.Key))).ToList();
        var languages = names.Languages.Values.Where(l => all.Any(e => e.Languages.Any(x => x.Key == l.Key))).ToList();
        var months = all.SelectMany(MonthsOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var known = filter with
        {
            Topic = topics.FirstOrDefault(t => string.Equals(t.Key, filter.Topic, StringComparison.OrdinalIgnoreCase))?.Key,
            Language = languages.FirstOrDefault(l => string.Equals(l.Key, filter.Language, StringComparison.OrdinalIgnoreCase))?.Key,
        };
        var matching = all.Where(known.Matches).ToList();
        return Page(known, matching, topics, languages, months, isArchive: false);
    }

    /// <summary>Past events, the most recent first.</summary>
    public async Task<EventListViewModel> ArchiveAsync(string culture, int page, CancellationToken cancellationToken)
    {
        var all = (await ListAsync(culture, upcoming: false, cancellationToken)).OrderByDescending(e => e.StartsAtUtc).ToList();
        return Page(EventFilter.None.WithPage(page), all, [], [], [], isArchive: true);
    }

    /// <summary>Every upcoming event, for the calendar feed.</summary>
    public Task<IReadOnlyList<EventView>> UpcomingAllAsync(string culture, CancellationToken cancellationToken) =>
        ListAsync(culture, upcoming: true, cancellationToken);

    /// <summary>One event by its address, upcoming or past; <c>includeUnpublished</c> is for the staff preview only.</summary>
    public async Task<EventView?> BySlugAsync(string culture, string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var item = await Query(includeUnpublished).SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        return item is null ? null : View(item, culture, await lookups.ForCultureAsync(culture, cancellationToken));
    }

    public Task<IReadOnlyList<EventView>> UpcomingByPartnerAsync(string culture, string partnerSlug, CancellationToken cancellationToken) =>
        ListAsync(culture, upcoming: true, cancellationToken, e => e.OrganizerPartner != null && e.OrganizerPartner.Slug == partnerSlug);

    public Task<IReadOnlyList<EventView>> UpcomingByOfferAsync(string culture, string offerSlug, CancellationToken cancellationToken) =>
        ListAsync(culture, upcoming: true, cancellationToken, e => e.Offers.Any(o => o.Slug == offerSlug));

    /// <summary>
    /// For the site search: each published upcoming event's texts in <paramref name="culture"/> and
    /// in German, one row per language, in list order; the description as plain text, the place as one line.
    /// </summary>
    public async Task<IReadOnlyList<EventSearchText>> UpcomingSearchTextsAsync(string culture, CancellationToken cancellationToken)
    {
        var now = UtcNow;
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.State == PublishState.Published && e.EndsAtUtc >= now)
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Slug)
            .SelectMany(
                e => e.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture),
                (e, t) => new { e.Slug, t.Culture, t.Title, t.Description, e.IsOnline, e.OnlineUrl, e.PlaceName, e.Street, e.PostalCode, e.City })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new EventSearchText(r.Slug, r.Culture, r.Title, richText.PlainText(r.Description),
            new EventPlace(r.IsOnline, r.OnlineUrl, r.PlaceName, r.Street, r.PostalCode, r.City).Line))];
    }

    private async Task<IReadOnlyList<EventView>> ListAsync(
        string culture, bool upcoming, CancellationToken cancellationToken, System.Linq.Expressions.Expression<Func<EventItem, bool>>? where = null)
    {
        var now = UtcNow;
        var query = Query(includeUnpublished: false).Where(e => upcoming ? e.EndsAtUtc >= now : e.EndsAtUtc < now);
        var items = await (where is null ? query : query.Where(where)).ToListAsync(cancellationToken);
        var names = await lookups.ForCultureAsync(culture, cancellationToken);
        return [.. items.Select(e => View(e, culture, names)).OfType<EventView>()];
    }

    private static EventListViewModel Page(
        EventFilter filter, List<EventView> matching, IReadOnlyList<LookupOption> topics, IReadOnlyList<LookupOption> languages, IReadOnlyList<string> months, bool isArchive)
    {
        var pages = Math.Max(1, (matching.Count + EventFilter.PageSize - 1) / EventFilter.PageSize);
        var shown = filter with { Page = Math.Min(filter.Page, pages) };
        var items = matching.Skip((shown.Page - 1) * EventFilter.PageSize).Take(EventFilter.PageSize).ToList();
        return new EventListViewModel(shown, items, matching.Count, topics, languages, months, isArchive);
    }

    private static IEnumerable<string> MonthsOf(EventView e)
    {
        for (var month = new DateTime(e.StartLocal.Year, e.StartLocal.Month, 1); month <= e.EndLocal; month = month.AddMonths(1))
        {
            yield return EventFilter.MonthOf(month);
        }
    }

    private IQueryable<EventItem> Query(bool includeUnpublished) =>
        db.Events.AsNoTracking()
            .Where(e => includeUnpublished || e.State == PublishState.Published)
            .Include(e => e.Translations)
            .Include(e => e.Topics)
            .Include(e => e.Languages)
            .Include(e => e.Offers).ThenInclude(o => o.Translations)
            .Include(e => e.OrganizerPartner)
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Slug)
            .AsSplitQuery();

    private EventView? View(EventItem e, string culture, PartnerLookups names)
    {
        if (e.Translations.ForCulture(culture) is not { } text)
        {
            return null;
        }

        var partner = e.OrganizerPartner is { State: PublishState.Published } p ? new EventLink(p.Slug, p.Name, ContentTranslation.SourceCulture) : null;
        var tasks = e.Offers.Where(o => o.State == PublishState.Published)
            .Select(o => (o, t: o.Translations.ForCulture(culture)))
            .Where(x => x.t is not null)
            .Select(x => new EventLink(x.o.Slug, x.t!.Value.Title, x.t.Culture)).ToList();
        return new EventView(
            e.Slug, text.Value.Title, text.Value.Description, richText.PlainText(text.Value.Description), text.Culture, text.IsFallback,
            e.StartLocal, e.EndLocal, e.IsAllDay, e.StartsAtUtc, e.EndsAtUtc,
            new EventPlace(e.IsOnline, e.OnlineUrl, e.PlaceName, e.Street, e.PostalCode, e.City),
            e.Organizer, partner,
            new EventTerms(e.RegistrationRequired, e.RegistrationUrl, e.RegistrationContact, e.BarrierFree, e.IsFree, e.FeeText),
            e.IsSample,
            [.. names.Topics.Values.Where(t => e.Topics.Any(x => x.Id == t.Id))],
            [.. names.Languages.Values.Where(l => e.Languages.Any(x => x.Id == l.Id))],
            tasks,
            e.UpdatedAt)
        { Id = e.Id };
    }
}
