namespace Oldenburg.Integration.Web.Features.Monitor;

public static class MonitorServices
{
    public static IServiceCollection AddMonitor(this IServiceCollection services)
    {
        services.AddScoped<MonitorQueries>();
        return services;
    }
}
