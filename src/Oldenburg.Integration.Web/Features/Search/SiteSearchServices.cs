using Oldenburg.Integration.Web.Features.Search.Sources;

namespace Oldenburg.Integration.Web.Features.Search;

public static class SiteSearchServices
{
    /// <summary>The search and the sources of the types that exist here; other features add theirs with <c>AddSiteSearchSource</c>.</summary>
    public static IServiceCollection AddSiteSearch(this IServiceCollection services)
    {
        services.AddScoped<SiteSearch>();
        services.AddSingleton<SiteSearchTags>();
        services.AddSiteSearchSource<OfferSearchSource>();
        services.AddSiteSearchSource<NewsSearchSource>();
        services.AddSiteSearchSource<EventSearchSource>();
        services.AddSiteSearchSource<PartnerSearchSource>();
        services.AddSiteSearchSource<PublicationSearchSource>();
        services.AddSiteSearchSource<ConceptSearchSource>();
        services.AddSiteSearchSource<LinkSearchSource>();
        services.AddSiteSearchSource<LiteratureSearchSource>();
        return services;
    }

    /// <summary>The cache tags of the results page: every registered source's, read from the request's services.</summary>
    public static IEnumerable<string> TagsOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<SiteSearchTags>().Of(context.RequestServices);
}
