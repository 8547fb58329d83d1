using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>
/// Reads the culture from the first path segment. Runs before routing, and for re-executed
/// error pages it reads the path of the request that failed, so a 404 under /ar/ is in Arabic.
/// </summary>
public sealed class PathCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var path = httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? httpContext.Request.Path.Value;
        var culture = FirstSegment(path);
        return Task.FromResult(SupportedCultures.IsSupported(culture) ? new ProviderCultureResult(culture) : null);
    }

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
