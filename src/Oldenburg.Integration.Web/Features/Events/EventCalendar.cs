using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Features.Events;

/// <summary>
/// iCalendar (RFC 5545) for one event or the upcoming list, written with Ical.Net. Times carry
/// TZID=Europe/Berlin with the zone's VTIMEZONE, so calendars show the Oldenburg wall clock on both
/// sides of a clock change; all-day events are DATE values with an exclusive end (ADR 0031).
/// </summary>
public sealed class EventCalendar(SiteAddress site)
{
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string ZoneId = "Europe/Berlin";

    public string Write(IEnumerable<EventView> events, string culture, string name)
    {
        var calendar = new Calendar { ProductId = "-//Stadt Oldenburg//Stabsstelle Integration//DE", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", ZoneId);
        var list = events.ToList();

        if (list.Count > 0)
        {
            // Transitions from the earliest event on are enough; older history only makes the file larger.
            calendar.AddTimeZone(ZoneId, list.Min(e => e.StartLocal).AddYears(-1), includeHistoricalData: false);
        }

        foreach (var item in list)
        {
            calendar.Events.Add(ToEvent(item, culture));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>Stable across languages and edits, so a calendar updates the entry instead of adding a second.</summary>
    public string UidOf(string slug) => $"event-{slug}@{new Uri(site.Root).Host}";

    private CalendarEvent ToEvent(EventView item, string culture)
    {
        var url = site.Absolute($"/{culture}/events/{item.Slug}");
        var entry = new CalendarEvent
        {
            Uid = UidOf(item.Slug),
            Summary = item.Title,
            Description = item.DescriptionText + "\n\n" + url,
            Url = new Uri(url),
            Location = item.Place.IsOnline ? item.Place.OnlineUrl : item.Place.Line,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(item.UpdatedAt, DateTimeKind.Utc), "UTC", hasTime: true),
        };
        if (item.IsAllDay)
        {
            entry.DtStart = new CalDateTime(DateOnly.FromDateTime(item.StartLocal));
            entry.DtEnd = new CalDateTime(DateOnly.FromDateTime(item.EndLocal).AddDays(1));
        }
        else
        {
            entry.DtStart = new CalDateTime(DateOnly.FromDateTime(item.StartLocal), TimeOnly.FromDateTime(item.StartLocal), ZoneId);
            entry.DtEnd = new CalDateTime(DateOnly.FromDateTime(item.EndLocal), TimeOnly.FromDateTime(item.EndLocal), ZoneId);
        }

        if (item.Topics.Count > 0)
        {
            entry.Categories = [.. item.Topics.Select(t => t.Name)];
        }

        return entry;
    }
}
