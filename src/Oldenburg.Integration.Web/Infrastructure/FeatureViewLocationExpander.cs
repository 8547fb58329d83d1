using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Oldenburg.Integration.Web.Infrastructure;

/// <summary>
/// Views live beside their controller, in the controller's own folder (its namespace), so that
/// several controllers in one folder share its views. Admin content types fall back to the shared
/// content views (Areas/Admin/Content/), which render the type's own fields partial.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FolderKey = "folder";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns)
        {
            context.Values[FolderKey] = ns[(ns.LastIndexOf('.') + 1)..];
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        var folder = context.Values.TryGetValue(FolderKey, out var value) && value is not null ? value : "{1}";
        return context.AreaName is null
            ? [$"/Features/{folder}/{{0}}.cshtml", "/Features/Shared/{0}.cshtml"]
            : [$"/Areas/{{2}}/{folder}/{{0}}.cshtml", "/Areas/{2}/Content/{0}.cshtml", "/Areas/{2}/Shared/{0}.cshtml", "/Features/Shared/{0}.cshtml"];
    }
}
