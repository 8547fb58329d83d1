using Microsoft.Extensions.Options;

namespace Oldenburg.Integration.Web.Infrastructure;

/// <summary>Site:BaseUrl (environment variable Site__BaseUrl): the public address, path base included.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string? BaseUrl { get; set; }
}

/// <summary>
/// Every absolute link (canonical, hreflang, JSON-LD, vCards, sitemap, robots.txt, open data, e-mail)
/// is built from configuration, never from the request: a forged Host header must not reach a page
/// that a proxy caches or an e-mail that staff trust.
/// </summary>
public sealed class SiteAddress(IOptions<SiteOptions> options)
{
    /// <summary>Used outside Production when nothing is configured; Production refuses to start instead.</summary>
    public const string LocalDefault = "http://localhost:5000";

    /// <summary>The base address without a trailing slash, e.g. https://example.org/integration.</summary>
    public string Root { get; } = (Parse(options.Value.BaseUrl) ?? new Uri(LocalDefault)).GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>An absolute URL for a site path such as "/de/partners" (leading slash optional).</summary>
    public string Absolute(string path) => Root + (path.StartsWith('/') ? path : "/" + path);

    public static Uri? Parse(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? uri
            : null;
}
