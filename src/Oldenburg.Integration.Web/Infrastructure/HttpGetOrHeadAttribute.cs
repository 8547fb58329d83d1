using Microsoft.AspNetCore.Mvc.Routing;

namespace Oldenburg.Integration.Web.Infrastructure;

/// <summary>
/// A public page answers HEAD as it answers GET (link checkers and caches ask with HEAD); [HttpGet]
/// alone routes HEAD to a 404.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class HttpGetOrHeadAttribute(string template) : HttpMethodAttribute(s_methods, template)
{
    private static readonly string[] s_methods = ["GET", "HEAD"];
}
