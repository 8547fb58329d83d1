namespace Oldenburg.Integration.Web.Features.Events;

public static class EventServices
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddScoped<EventQueries>();
        services.AddScoped<EventCacheBoundary>();
        services.AddSingleton<EventCalendar>();
        return services;
    }
}
