using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Features.Suggestions;

public static class SuggestionServices
{
    public const string RateLimitPolicy = "suggest";

    public static IServiceCollection AddSuggestions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SuggestionOptions>(configuration.GetSection(SuggestionOptions.Section));
        services.AddScoped<SuggestionLookups>();
        services.AddScoped<SuggestionSubmissions>();
        services.AddScoped<SuggestionRetention>();
        services.AddScoped<Areas.Admin.Suggestions.SuggestionQueries>();
        services.AddScoped<Areas.Admin.Suggestions.SuggestionMapper>();
        services.AddScoped<Areas.Admin.Suggestions.SuggestionModeration>();
        services.AddHostedService<PeriodicSweepService<SuggestionRetention>>();
        return services;
    }
}
