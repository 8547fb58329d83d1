namespace Oldenburg.Integration.Web.Features.Sitemap;

public static class SitemapServices
{
    public static IServiceCollection AddSitemap(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SitemapOptions>(configuration.GetSection(SitemapOptions.Section));
        services.AddScoped<SitemapDocuments>();
        return services;
    }
}
