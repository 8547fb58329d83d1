using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Features.Contact;
using Oldenburg.Integration.Web.Features.Pages;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Shared;

public sealed class SiteFooterViewComponent(OfficeQueries office, PageQueries pages) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var culture = CultureContext.Current;
        return View(new SiteFooterViewModel(
            await OrDefaultAsync(() => office.GetAsync(culture)),
            await OrDefaultAsync(() => pages.FooterLinksAsync(culture)) ?? []));
    }

    private static async Task<T?> OrDefaultAsync<T>(Func<Task<T>> load)
    {
        try
        {
            return await load();
        }
#pragma warning disable CA1031 // The footer also renders on the 500 page; a database outage must not hide that page.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return default;
        }
    }
}

public sealed record SiteFooterViewModel(OfficeViewModel? Office, IReadOnlyList<FooterLinkViewModel> Pages);
