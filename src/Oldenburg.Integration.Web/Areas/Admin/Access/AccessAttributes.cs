using Microsoft.AspNetCore.Mvc.Filters;

namespace Oldenburg.Integration.Web.Areas.Admin.Access;

/// <summary>
/// Names the content type an admin endpoint works on, so that <see cref="ContentGrantFilter"/> can
/// let a restricted account through when that type is granted to it. Endpoints without one are
/// refused to restricted accounts: a new admin page is closed to them until someone decides otherwise.
/// </summary>
public interface IContentGrantScope
{
    /// <returns>The content type key, or null when the request names none (which refuses it).</returns>
    string? ContentKeyOf(AuthorizationFilterContext context);
}

/// <summary>The endpoint edits one fixed content type, e.g. the partner import edits "partners".</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ContentGrantAttribute(string contentKey) : Attribute, IContentGrantScope
{
    public string ContentKey { get; } = contentKey;

    public string? ContentKeyOf(AuthorizationFilterContext context) => ContentKey;
}

/// <summary>The endpoint serves any content type, named by a route or query value (the revision pages' "type").</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ContentGrantFromValueAttribute(string name) : Attribute, IContentGrantScope
{
    public string Name { get; } = name;

    public string? ContentKeyOf(AuthorizationFilterContext context) =>
        context.RouteData.Values.TryGetValue(Name, out var value) && value is string fromRoute
            ? fromRoute
            : context.HttpContext.Request.Query[Name] is { Count: 1 } fromQuery ? fromQuery[0] : null;
}

/// <summary>
/// Pages every member of staff needs whatever they may edit: the dashboard, their own password and
/// second factor, signing out.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class AllowAnyStaffAttribute : Attribute;
