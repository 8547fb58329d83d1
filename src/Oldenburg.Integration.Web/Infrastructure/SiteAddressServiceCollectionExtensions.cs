using Microsoft.Extensions.Options;

namespace Oldenburg.Integration.Web.Infrastructure;

public static class SiteAddressServiceCollectionExtensions
{
    public static IServiceCollection AddSiteAddress(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SiteOptions>>(new ProductionAddressValidation(configuration, environment));
        services.AddSingleton<SiteAddress>();
        return services;
    }

    /// <summary>
    /// Production must name its own address and hosts: with AllowedHosts "*" and no base address,
    /// links would be built for whatever host a request claims.
    /// </summary>
    private sealed class ProductionAddressValidation(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<SiteOptions>
    {
        public ValidateOptionsResult Validate(string? name, SiteOptions options)
        {
            if (!environment.IsProduction())
            {
                return ValidateOptionsResult.Success;
            }

            var failures = new List<string>();
            var hosts = configuration["AllowedHosts"];
            if (string.IsNullOrWhiteSpace(hosts) || hosts.Split(';').Any(h => h.Trim() == "*"))
            {
                failures.Add("Set AllowedHosts (environment variable AllowedHosts) to the site's host names, separated by ';'; '*' or empty is refused in Production.");
            }

            if (SiteAddress.Parse(options.BaseUrl) is null)
            {
                failures.Add("Set Site__BaseUrl (setting Site:BaseUrl) to the public absolute http(s) address of the site, e.g. https://integration.oldenburg.de.");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
