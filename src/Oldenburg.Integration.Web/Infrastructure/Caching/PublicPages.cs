using Microsoft.AspNetCore.OutputCaching;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// The output-cache policies of the public pages, one per set of content a page reads. Every page
/// shows the layout's footer, which reads the office profile and the footer pages, so every policy
/// carries "office" and "pages". Applied with <c>[OutputCache(PolicyName = PublicPages.…)]</c>.
/// </summary>
public static class PublicPages
{
    public const string Home = "public-home";
    public const string Offers = "public-offers";
    public const string Pages = "public-pages";
    public const string Contact = "public-contact";
    public const string Directory = "public-directory";
    public const string Partner = "public-partner";
    public const string Sitemap = "public-sitemap";
    public const string Links = "public-links";
    public const string Concept = "public-concept";

    public const string Publications = "public-publications";

    public const string News = "public-news";
    public const string Events = "public-events";
    public const string Search = "public-search";
    public const string Monitor = "public-monitor";

    /// <summary>Eviction is what keeps pages current; the lifetime only bounds what an eviction could miss.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A partner's page shows "open now" from the clock, and the print view the time it was made,
    /// so neither may outlive the minute it was built in by much.
    /// </summary>
    public static readonly TimeSpan ClockLifetime = TimeSpan.FromMinutes(1);

    private const string Office = "office";
    private const string PagesTag = "pages";
    private const string OffersTag = "offers";
    private const string PartnersTag = "partners";
    private const string LinksTag = "links";
    private const string LiteratureTag = "literature";
    private const string ConceptTag = "concept";

    /// <summary>Offer and partner pages link back to the fields of action that name them.</summary>
    private const string FieldsOfActionTag = "fieldsofaction";

    private const string PublicationsTag = "publications";

    /// <summary>Indicators, their values and their published years: every write evicts it (ADR 0033).</summary>
    private const string MonitorTag = "monitor";

    /// <summary>Task and partner pages list the news linked to them.</summary>
    private const string NewsTag = "news";
    /// <summary>Offer and partner pages list their upcoming events, which change as time passes (ADR 0031).</summary>
    private const string EventsTag = Features.Events.EventCacheBoundary.Tag;

    /// <summary>The directory's filter keys (<c>PartnerFilter</c>); any other query key is not cached.</summary>
    private static readonly string[] s_filterKeys = ["q", "topic", "type", "lang", "district", "barrierfree", "page"];

    private static readonly Dictionary<string, PublicPagePolicy> s_policies = new(StringComparer.Ordinal)
    {
        [Home] = new([OffersTag, Office, PagesTag], Lifetime, []),
        [Offers] = new([OffersTag, FieldsOfActionTag, NewsTag, EventsTag, CacheTags.Lookups, Office, PagesTag], Lifetime, [], Features.Events.EventCacheBoundary.Variation),
        [Pages] = new([Office, PagesTag], Lifetime, []),
        [Contact] = new([Office, PagesTag], Lifetime, []),
        [Directory] = new([PartnersTag, CacheTags.Lookups, Office, PagesTag], Lifetime, s_filterKeys),
        [Partner] = new([PartnersTag, FieldsOfActionTag, NewsTag, EventsTag, CacheTags.Lookups, Office, PagesTag], ClockLifetime, s_filterKeys, Features.Events.EventCacheBoundary.Variation),
        [Sitemap] = new([OffersTag, PartnersTag, PublicationsTag, MonitorTag, NewsTag, EventsTag, LinksTag, LiteratureTag, Office, PagesTag], Lifetime, []),

        // Topics and categories are lookups; the filter keys are LinkFilter's.
        [Links] = new([LinksTag, LiteratureTag, CacheTags.Lookups, Office, PagesTag], Lifetime, ["topic", "lang"]),
        // The concept document is a publication, linked while it is published.
        [Concept] = new([ConceptTag, FieldsOfActionTag, OffersTag, PartnersTag, PublicationsTag, Office, PagesTag], Lifetime, []),

        // Publications show the directory's topic names and the titles of the tasks they serve.
        [Publications] = new([PublicationsTag, OffersTag, CacheTags.Lookups, Office, PagesTag], Lifetime, [.. Features.Publications.PublicationFilter.Keys]),

        // News pages show the titles of the tasks and the names of the partners they link to.
        [News] = new([NewsTag, OffersTag, PartnersTag, Office, PagesTag], Lifetime, [Features.News.NewsController.PageKey]),
        // Events name topics and languages (lookups), their organiser partner and their tasks; the
        // upcoming list and its feed change when an event ends, hence the variation.
        [Events] = new([EventsTag, PartnersTag, OffersTag, CacheTags.Lookups, Office, PagesTag], Lifetime, [.. Features.Events.EventFilter.Keys], Features.Events.EventCacheBoundary.Variation),
        // District names are lookups; the district comparison picks its year by query.
        [Monitor] = new([MonitorTag, CacheTags.Lookups, Office, PagesTag], Lifetime, [Features.Monitor.MonitorController.YearKey]),
        // The results show every search source's content; the sources, and so the tags, are registered by their features.
        [Search] = new([Office, PagesTag], Lifetime, [Features.Search.SiteSearchQuery.QueryKey, Features.Search.SiteSearchQuery.GroupKey], requestTags: Features.Search.SiteSearchServices.TagsOf),
    };

    public static IReadOnlyDictionary<string, PublicPagePolicy> Policies => s_policies;

    public static void AddPublicPagePolicies(this OutputCacheOptions options)
    {
        foreach (var (name, policy) in s_policies)
        {
            options.AddPolicy(name, policy);
        }
    }

    /// <summary>Whether the request was routed to a page with one of these policies.</summary>
    public static bool IsPublicPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName is { } name && s_policies.ContainsKey(name);
}
