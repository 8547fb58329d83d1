using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// Caches a public page for anonymous readers, tagged with the content it was built from. The
/// rules are written out here rather than taken from the framework's default policy, so that one
/// place says what is never cached (ADR 0022).
/// </summary>
/// <param name="tags">The content the page is built from; the eviction of any of them removes it.</param>
/// <param name="lifetime">How long an entry may live without eviction.</param>
/// <param name="queryKeys">The query keys the page reads; a request with any other key is not cached.</param>
/// <param name="variation">A value the page also varies by, read per request (ADR 0031); null for none.</param>
/// <param name="requestTags">
/// Tags known only from the request's services, for a page that shows content of types registered
/// elsewhere (the site search's sources); null for a page whose content is fixed.
/// </param>
public sealed class PublicPagePolicy(
    IReadOnlyCollection<string> tags, TimeSpan lifetime, IReadOnlyCollection<string> queryKeys,
    PageVariation? variation = null, Func<HttpContext, IEnumerable<string>>? requestTags = null)
    : IOutputCachePolicy
{
    private readonly string[] _queryKeys = [.. queryKeys];

    public IReadOnlyCollection<string> Tags { get; } = [.. tags.Append(CacheTags.Public).Distinct(StringComparer.Ordinal)];

    public TimeSpan Lifetime => lifetime;

    public PageVariation? Variation => variation;

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var cacheable = IsCacheableRequest(context.HttpContext);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable && IsAdmitted(context.HttpContext);
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;

        // The culture is in the path already; varying by it as well keeps a page from ever being served in the wrong language.
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.QueryKeys = new StringValues(_queryKeys);
        context.CacheVaryByRules.HeaderNames = new StringValues(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding);
        foreach (var tag in Tags.Concat(requestTags?.Invoke(context.HttpContext) ?? []))
        {
            context.Tags.Add(tag);
        }

        if (cacheable && variation is not null)
        {
            context.CacheVaryByRules.VaryByValues[variation.Name] = await variation.ValueAsync(context.HttpContext);
        }
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!IsCacheableResponse(context.HttpContext.Response))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Staff are never signed in on public paths (the cookie's path is /admin), but a request that
    /// carries credentials anyway is answered fresh. A query key the page does not read is refused
    /// too: pages echo the query into their language and feedback links, so caching it would let
    /// anyone fill the cache with variants, or plant their query in other readers' pages.
    /// </summary>
    private bool IsCacheableRequest(HttpContext context)
    {
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && StringValues.IsNullOrEmpty(request.Headers.Authorization)
            && context.User.Identity?.IsAuthenticated != true
            && request.Query.Keys.All(key => _queryKeys.Contains(key, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A page without a query is stored at once; a query variant when it is asked for again (<see cref="QueryVariantAdmission"/>).</summary>
    private static bool IsAdmitted(HttpContext context)
    {
        var request = context.Request;
        return !request.QueryString.HasValue
            || context.RequestServices.GetRequiredService<QueryVariantAdmission>()
                .SeenBefore(request.Path.Value ?? "", request.QueryString.Value ?? "", CultureInfo.CurrentUICulture.Name);
    }

    /// <summary>
    /// Only a plain 200 without cookies. The antiforgery system marks every response that carries
    /// a token no-store; a reader who already has the antiforgery cookie gets no Set-Cookie, so the
    /// cookie rule alone would let a form with a token into the cache.
    /// </summary>
    private static bool IsCacheableResponse(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK
        && StringValues.IsNullOrEmpty(response.Headers.SetCookie)
        && !response.Headers.CacheControl.Any(v => v is not null
            && (v.Contains("no-store", StringComparison.OrdinalIgnoreCase) || v.Contains("private", StringComparison.OrdinalIgnoreCase)));
}
