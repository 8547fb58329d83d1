using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Events;

[Route("{culture:culture}/events")]
[OutputCache(PolicyName = PublicPages.Events)]
public sealed class EventsController(EventQueries events, EventCalendar calendar, IStringLocalizer<EventsResource> text) : Controller
{
    [HttpGetOrHead("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await events.UpcomingAsync(CultureContext.Current, EventFilter.FromQuery(Request.Query), cancellationToken));

    [HttpGetOrHead(Slugs.Archive)]
    public async Task<IActionResult> Archive(CancellationToken cancellationToken) =>
        View(await events.ArchiveAsync(CultureContext.Current, EventFilter.FromQuery(Request.Query).Page, cancellationToken));

    [HttpGetOrHead("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var item = await events.BySlugAsync(CultureContext.Current, slug, includeUnpublished: false, cancellationToken);
        return item is null ? NotFound() : View(new EventDetailsViewModel(item, item.EndsAtUtc < events.UtcNow));
    }

    [HttpGetOrHead("{slug}.ics")]
    public async Task<IActionResult> Ics(string slug, CancellationToken cancellationToken)
    {
        var culture = CultureContext.Current;
        var item = await events.BySlugAsync(culture, slug, includeUnpublished: false, cancellationToken);
        return item is null
            ? NotFound()
            : File(Encoding.UTF8.GetBytes(calendar.Write([item], culture, item.Title)), EventCalendar.ContentType, item.Slug + ".ics");
    }

    /// <summary>All upcoming events as one calendar to subscribe to.</summary>
    [HttpGetOrHead("/{culture:culture}/events.ics")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var culture = CultureContext.Current;
        var upcoming = await events.UpcomingAllAsync(culture, cancellationToken);
        var name = string.Format(CultureInfo.CurrentCulture, "{0} – {1}", text["Title"].Value, text["Feed.Office"].Value);
        return Content(calendar.Write(upcoming, culture, name), EventCalendar.ContentType, Encoding.UTF8);
    }
}

public sealed record EventDetailsViewModel(EventView Event, bool IsPast);
