using Oldenburg.Integration.Web.Areas.Admin.News;

namespace Oldenburg.Integration.Web.Features.News;

public static class NewsServices
{
    public static IServiceCollection AddNews(this IServiceCollection services)
    {
        services.AddScoped<NewsQueries>();
        services.AddScoped<NewsFeed>();
        services.AddScoped<NewsImageStore>();
        return services;
    }
}
