using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Features.Contact;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Shared;

public sealed class SiteFooterViewComponent(OfficeQueries office) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        try
        {
            return View(await office.GetAsync(CultureContext.Current));
        }
#pragma warning disable CA1031 // The footer also renders on the 500 page; a database outage must not hide that page.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return View<Contact.OfficeViewModel?>(null);
        }
    }
}
