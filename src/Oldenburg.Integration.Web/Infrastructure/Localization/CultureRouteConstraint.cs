namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>Matches only supported culture names, so /xx/... is a 404 rather than a German page.</summary>
public sealed class CultureRouteConstraint : IRouteConstraint
{
    public const string Name = "culture";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && SupportedCultures.IsSupported(value as string);
}
