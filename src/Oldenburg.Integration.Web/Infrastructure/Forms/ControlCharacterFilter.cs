using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace Oldenburg.Integration.Web.Infrastructure.Forms;

/// <summary>
/// Marks the fields whose control characters were removed as invalid, so every form that checks
/// ModelState shows itself again with the cleaned input and a message instead of saving silently.
/// </summary>
public sealed class ControlCharacterFilter(IStringLocalizer<SharedResource> localizer) : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        var fields = context.HttpContext.Features.Get<FieldsWithControlCharacters>();
        foreach (var key in fields?.Keys ?? [])
        {
            context.ModelState.AddModelError(key, localizer["Validation.ControlCharacters"]);
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
