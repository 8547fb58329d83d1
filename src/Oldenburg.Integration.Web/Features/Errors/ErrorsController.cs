using Microsoft.AspNetCore.Mvc;

namespace Oldenburg.Integration.Web.Features.Errors;

/// <summary>
/// Renders status pages in the language of the failed request's URL (see PathCultureProvider).
/// Never shows exception details: those go to the log only.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    // Any method: a failed POST is re-executed as a POST. The code comes from the route only, since
    // the form value provider would read the failed request's body again.
    [Route("error/{code:int}")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public IActionResult Index([FromRoute] int code)
    {
        var status = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = status;
        return View(new ErrorViewModel(status));
    }
}

public sealed record ErrorViewModel(int StatusCode)
{
    public bool IsNotFound => StatusCode == 404;

    public bool IsServerError => StatusCode >= 500;
}
