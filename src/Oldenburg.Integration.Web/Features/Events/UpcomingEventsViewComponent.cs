using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Events;

public enum EventLinkSource
{
    Partner,
    Offer,
}

/// <summary>
/// "Upcoming events" on a partner's page (events it organises) or an offer's page (events linked
/// to the task). Those pages' cache policies carry the "events" tag and vary by the next event end.
/// </summary>
public sealed class UpcomingEventsViewComponent(EventQueries events) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(EventLinkSource source, string slug)
    {
        var culture = CultureContext.Current;
        var items = source == EventLinkSource.Partner
            ? await events.UpcomingByPartnerAsync(culture, slug, HttpContext.RequestAborted)
            : await events.UpcomingByOfferAsync(culture, slug, HttpContext.RequestAborted);
        return items.Count > 0 ? View(items) : Content("");
    }
}
