using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Infrastructure.Caching;
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
        app.UsePublicPageCaching();
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
        app.MapAdminRoutes();
        app.MapControllers();
        return app;
    }

    /// <summary>
    /// The admin area is routed conventionally only, with no attribute routes. Conventional routes match in the
    /// order they are registered, so the few special URLs come before the general admin/{controller}/{action}/{id?}.
    /// </summary>
    private static void MapAdminRoutes(this WebApplication app)
    {
        // One controller serves every lookup list; the list's kind sits in the path: admin/lookups/topics/edit/5.
        // Index has no kind and is left to the general route (admin/lookups); without the action constraint, a
        // link to it from a list page would keep that page's kind and become admin/lookups/topics/index.
        app.MapAreaControllerRoute(
            "admin-lookups", "Admin", "admin/lookups/{kind}/{action=List}/{id:int?}",
            new { controller = "Lookups" }, new { action = "list|create|edit|delete" });

        // Checks and CSV import/export live in their own controllers but belong to the partner directory's URLs.
        app.MapAreaControllerRoute("admin-partners-stale", "Admin", "admin/partners/stale", new { controller = "PartnerChecks", action = "Stale" });
        app.MapAreaControllerRoute("admin-partners-checked", "Admin", "admin/partners/checked/{id:int}", new { controller = "PartnerChecks", action = "Checked" });
        app.MapAreaControllerRoute("admin-partners-import", "Admin", "admin/partners/import", new { controller = "PartnerImport", action = "Import" });
        app.MapAreaControllerRoute("admin-partners-import-commit", "Admin", "admin/partners/import/commit", new { controller = "PartnerImport", action = "Commit" });
        app.MapAreaControllerRoute("admin-partners-export", "Admin", "admin/partners/export.csv", new { controller = "PartnerImport", action = "Export" });

        app.MapAreaControllerRoute("admin", "Admin", "admin/{controller=Dashboard}/{action=Index}/{id?}");
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
