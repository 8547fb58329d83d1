namespace Oldenburg.Integration.Web.Features.Publications;

public static class PublicationServices
{
    public static IServiceCollection AddPublications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicationFileOptions>(configuration.GetSection(PublicationFileOptions.Section));
        services.AddScoped<PublicationQueries>();
        services.AddScoped<PublicationFiles>();
        return services;
    }
}
