using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Infrastructure.Forms;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Infrastructure;

public static class PipelineExtensions
{
    public static WebApplication UseAppPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders(ForwardedHeadersFrom(app.Configuration));
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseAppRequestLogging();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseControlCharacterForms();
        return app;
    }

    public static WebApplication MapAppEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapGet("/", (HttpRequest request) =>
            Results.Redirect("/" + CultureLinks.BestMatch(request.GetTypedHeaders().AcceptLanguage) + "/"));
        app.MapAreaControllerRoute("admin", "Admin", "admin/{controller=Dashboard}/{action=Index}/{id?}");
        app.MapControllers();
        return app;
    }

    /// <summary>
    /// Only proxies named in configuration are believed (loopback by default). Behind a proxy on
    /// another host, list it under ForwardedHeaders:KnownProxies, or every visitor shares the
    /// proxy's address and so one sign-in and suggestion rate-limit bucket.
    /// </summary>
    private static ForwardedHeadersOptions ForwardedHeadersFrom(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
        };
        foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
        {
            if (System.Net.IPAddress.TryParse(proxy, out var address))
            {
                options.KnownProxies.Add(address);
            }
        }

        foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
        {
            if (System.Net.IPNetwork.TryParse(network, out var parsed))
            {
                options.KnownIPNetworks.Add(parsed);
            }
        }

        return options;
    }
}
