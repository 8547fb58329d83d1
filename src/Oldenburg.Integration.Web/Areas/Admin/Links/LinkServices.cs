using Oldenburg.Integration.Web.Areas.Admin.Dashboard;
using Oldenburg.Integration.Web.Areas.Admin.LinkChecks;
using Oldenburg.Integration.Web.Features.Links;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Areas.Admin.Links;

public static class LinkServices
{
    /// <summary>Links and literature: the public list, the form choices and the link checker (ADR 0028).</summary>
    public static IServiceCollection AddLinksAndLiterature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<LinkQueries>();
        services.AddScoped<LinkFormChoices>();
        services.Configure<LinkCheckerOptions>(configuration.GetSection(LinkCheckerOptions.Section));
        services.AddLinkCheckerClient();
        services.AddScoped<LinkChecker>();
        services.AddScoped<LinkCheckRun>();
        services.AddScoped<LinkCheckQueries>();
        services.AddScoped<LinkCheckSweep>();
        if (configuration.GetValue($"{LinkCheckerOptions.Section}:{nameof(LinkCheckerOptions.Schedule)}", true))
        {
            services.AddHostedService<PeriodicSweepService<LinkCheckSweep>>();
        }

        services.AddSingleton(new DashboardSection("LinkCheckDashboardCard", 20, LinkDefinition.ContentKey));
        return services;
    }
}
