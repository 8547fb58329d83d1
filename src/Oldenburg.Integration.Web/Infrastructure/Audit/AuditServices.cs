namespace Oldenburg.Integration.Web.Infrastructure.Audit;

public static class AuditServices
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>()
            .Bind(configuration.GetSection(AuditOptions.Section))
            .Validate(o => o.RetentionDays > 0, "Audit:RetentionDays must be at least 1.")
            .ValidateOnStart();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditRetention>();
        services.AddScoped<Areas.Admin.Audit.AuditQueries>();
        services.AddHostedService<PeriodicSweepService<AuditRetention>>();
        return services;
    }
}
