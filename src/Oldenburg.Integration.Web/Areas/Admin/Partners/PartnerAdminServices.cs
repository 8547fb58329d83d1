using Oldenburg.Integration.Web.Areas.Admin.Lookups;
using Oldenburg.Integration.Web.Areas.Admin.Partners.Csv;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

public static class PartnerAdminServices
{
    /// <summary>The staff side of the partner directory: lookup lists, partner form, checks, CSV.</summary>
    public static IServiceCollection AddPartnerAdmin(this IServiceCollection services)
    {
        services.AddScoped<LookupSets>();
        services.AddScoped<PartnerEditor>();
        services.AddScoped<PartnerAdminQueries>();
        services.AddScoped<CsvImportService>();
        services.AddScoped<LogoStore>();
        return services;
    }
}
