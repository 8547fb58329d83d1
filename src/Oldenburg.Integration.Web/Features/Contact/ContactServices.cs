using Oldenburg.Integration.Web.Areas.Admin.Inbox;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Features.Contact;

public static class ContactServices
{
    public const string RateLimitPolicy = "message";

    public static IServiceCollection AddContactMessages(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContactOptions>(configuration.GetSection(ContactOptions.Section));
        services.AddScoped<MessageSubmissions>();
        services.AddScoped<MessageRetention>();
        services.AddScoped<InboxQueries>();
        services.AddScoped<InboxCommands>();
        services.AddHostedService<PeriodicSweepService<MessageRetention>>();
        services.AddSingleton(new Areas.Admin.Dashboard.DashboardSection("InboxDashboardCard", 5));
        return services;
    }
}
