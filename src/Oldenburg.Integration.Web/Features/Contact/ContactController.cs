using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Contact;

public sealed class ContactController(OfficeQueries office) : Controller
{
    [HttpGet("{culture:culture}/contact")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var profile = await office.GetAsync(CultureContext.Current, cancellationToken);
        return profile is null ? NotFound() : View(profile);
    }
}
