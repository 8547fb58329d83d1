using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>
/// Reads the culture from the first path segment. Runs before routing, and for re-executed
/// error pages it reads the path of the request that failed, so a 404 under /ar/ is in Arabic.
/// </summary>
public sealed class PathCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var reExecuted = httpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var path = reExecuted?.OriginalPath
            ?? httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? httpContext.Request.Path.Value;
        var culture = FirstSegment(path);
        if (!SupportedCultures.IsSupported(culture))
        {
            // Paths without a language (the open data under /api/) name it in the query, so their
            // status pages, such as a rate limit's 429, speak it too. The path always wins.
            var query = QueryHelpers.ParseQuery(reExecuted?.OriginalQueryString ?? httpContext.Request.QueryString.Value);
            culture = query.TryGetValue(QueryKey, out var value) ? value.ToString() : null;
        }

        return Task.FromResult(SupportedCultures.IsSupported(culture) ? new ProviderCultureResult(culture) : null);
    }

    public const string QueryKey = "culture";

    public static string? FirstSegment(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var trimmed = path.AsSpan().TrimStart('/');
        var end = trimmed.IndexOf('/');
        return (end < 0 ? trimmed : trimmed[..end]).ToString();
    }
}
