using Microsoft.AspNetCore.Mvc.Razor;

namespace Oldenburg.Integration.Web.Infrastructure;

/// <summary>Views live beside their controller: Features/{controller}/ and Areas/{area}/{controller}/.</summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.AreaName is null
            ? ["/Features/{1}/{0}.cshtml", "/Features/Shared/{0}.cshtml"]
            : ["/Areas/{2}/{1}/{0}.cshtml", "/Areas/{2}/Shared/{0}.cshtml", "/Features/Shared/{0}.cshtml"];
}
