using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>The output cache of the public pages and the compression that runs inside it (ADR 0022).</summary>
public static class PublicPageCaching
{
    /// <summary>The default bound of the in-memory output cache, in MiB (<c>OutputCache:SizeLimitMegabytes</c>).</summary>
    public const int DefaultSizeLimitMegabytes = 32;

    public static IServiceCollection AddPublicPageOutputCache(this IServiceCollection services)
    {
        services.AddSingleton<QueryVariantAdmission>();
        services.AddOptions<OutputCacheOptions>().Configure<IConfiguration>((options, configuration) =>
            options.SizeLimit = configuration.GetValue("OutputCache:SizeLimitMegabytes", DefaultSizeLimitMegabytes) * 1024L * 1024);
        services.AddOutputCache(options =>
        {
            options.MaximumBodySize = 2L * 1024 * 1024;
            options.DefaultExpirationTimeSpan = PublicPages.Lifetime;

            // Slugs are matched exactly; /de/offers/Foo must not be answered with /de/offers/foo's entry.
            options.UseCaseSensitivePaths = true;
            options.AddPublicPagePolicies();
        });
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "text/vcard"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>
    /// After routing, so the page's policy is known. Compression sits inside the cache, so the cache
    /// keeps compressed bytes and a hit costs no compression. Only the public pages are compressed:
    /// they hold no secret (pages with a form token are never cached), so BREACH has nothing to
    /// find, and static assets arrive precompressed from MapStaticAssets.
    /// </summary>
    public static IApplicationBuilder UsePublicPageCaching(this IApplicationBuilder app)
    {
        app.UseWhen(PublicPages.IsPublicPage, branch => branch.UseAcceptEncodingNormalization());
        app.UseOutputCache();
        app.UseWhen(PublicPages.IsPublicPage, branch => branch.UsePublicPageValidators().UseResponseCompression());
        return app;
    }
}
