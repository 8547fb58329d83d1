using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Oldenburg.Integration.Web.Areas.Admin.Content;

namespace Oldenburg.Integration.Web.Areas.Admin.Access;

/// <summary>
/// Refuses a restricted account every admin action outside its granted content types: checked on
/// the action itself, before model binding and antiforgery, so a hidden menu entry is never the only
/// guard. Public pages are left alone: an error page re-executed for an admin request carries the
/// staff principal but must still render.
/// </summary>
public sealed class ContentGrantFilter : IAuthorizationFilter, IOrderedFilter
{
    private static readonly ConcurrentDictionary<Type, string> s_keysByController = new();

    // Before the antiforgery check (order 1000): a refused account learns nothing from a token error.
    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (!StaffGrants.IsRestricted(user) || !StaffActions.Applies<AllowAnyStaffAttribute>(context))
        {
            return;
        }

        var key = ContentKeyOf(context, context.ActionDescriptor.EndpointMetadata);
        if (key is null || !StaffGrants.MayEdit(user, key))
        {
            context.Result = new ForbidResult();
        }
    }

    private static string? ContentKeyOf(AuthorizationFilterContext context, IList<object> metadata)
    {
        // The most specific declaration wins: an action's attribute comes after its controller's.
        if (metadata.OfType<IContentGrantScope>().LastOrDefault() is { } scope)
        {
            return scope.ContentKeyOf(context);
        }

        return context.ActionDescriptor is ControllerActionDescriptor action
            ? DefinitionKeyOf(action.ControllerTypeInfo, context.HttpContext.RequestServices)
            : null;
    }

    /// <summary>A content controller needs no attribute: its type arguments name its definition.</summary>
    private static string? DefinitionKeyOf(Type controller, IServiceProvider services)
    {
        if (s_keysByController.TryGetValue(controller, out var cached))
        {
            return cached;
        }

        for (var type = controller.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ContentAdminController<,>))
            {
                var definition = typeof(ContentDefinition<,>).MakeGenericType(type.GetGenericArguments());
                var kind = services.GetServices<IContentKind>().FirstOrDefault(definition.IsInstanceOfType);
                return kind is null ? null : s_keysByController.GetOrAdd(controller, kind.Key);
            }
        }

        return null;
    }
}
