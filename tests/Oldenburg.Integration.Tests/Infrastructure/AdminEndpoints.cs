using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// The staff area as the app itself routes it: read from the endpoint data source, so no test keeps a
/// hand-written list of admin URLs that a new controller could be missing from.
/// </summary>
public static class AdminEndpoints
{
    public static IReadOnlyList<AdminEndpoint> All(SiteFactory site) =>
    [
        .. site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)
            .Where(IsAdmin)
            .Select(e => new AdminEndpoint(e, Name(e), SamplePath(e), Methods(e))),
    ];

    // An endpoint counts when either its area or its URL says "admin": a controller that forgot
    // [Area("Admin")] but routes under /admin is still checked.
    private static bool IsAdmin(RouteEndpoint endpoint) =>
        string.Equals(endpoint.RoutePattern.RequiredValues.GetValueOrDefault("area") as string, "Admin", StringComparison.OrdinalIgnoreCase)
        || SamplePath(endpoint).StartsWith("/admin", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["GET"];

    private static string Name(RouteEndpoint endpoint) =>
        $"{endpoint.RoutePattern.RequiredValues.GetValueOrDefault("controller")}.{endpoint.RoutePattern.RequiredValues.GetValueOrDefault("action")}";

    /// <summary>A URL that reaches the endpoint: route values filled in, parameters given a plausible sample.</summary>
    private static string SamplePath(RouteEndpoint endpoint)
    {
        var pattern = endpoint.RoutePattern;
        return "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => pattern.RequiredValues.GetValueOrDefault(parameter.Name) as string
                ?? parameter.Default?.ToString()
                ?? (parameter.Name == "kind" ? "topics" : "1"),
            _ => throw new NotSupportedException(part.GetType().Name),
        }))));
    }
}

public sealed record AdminEndpoint(RouteEndpoint Endpoint, string Name, string SamplePath, IReadOnlyList<string> HttpMethods)
{
    public override string ToString() => $"{Name} {string.Join('/', HttpMethods)} {SamplePath}";
}
