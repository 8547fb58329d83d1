using System.Text.Json;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Events;

/// <summary>schema.org Event data for an event's page, written like the partners' JSON-LD.</summary>
public static class EventJsonLd
{
    public static string For(EventView item, string pageUrl, string? organizerUrl)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = item.Title,
            ["description"] = item.DescriptionText,
            ["url"] = pageUrl,
            ["startDate"] = EventTimes.Iso(item.StartLocal, item.IsAllDay),
            ["endDate"] = EventTimes.Iso(item.EndLocal, item.IsAllDay),
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = item.Place.IsOnline ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
            ["location"] = Location(item.Place),
            ["isAccessibleForFree"] = item.Terms.IsFree,
            ["inLanguage"] = item.Languages.Count == 0 ? null : item.Languages.Select(l => l.Key).ToArray(),
            ["organizer"] = new Dictionary<string, object?>
            {
                ["@type"] = "Organization",
                ["name"] = item.Organizer,
                ["url"] = organizerUrl,
            }.Where(kv => kv.Value is not null).ToDictionary(),
        };
        return JsonSerializer.Serialize(data.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    private static Dictionary<string, object?> Location(EventPlace place) => place.IsOnline
        ? new() { ["@type"] = "VirtualLocation", ["url"] = place.OnlineUrl }
        : new()
        {
            ["@type"] = "Place",
            ["name"] = string.IsNullOrWhiteSpace(place.Name) ? place.Line : place.Name,
            ["address"] = new Dictionary<string, object?>
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = place.Street,
                ["postalCode"] = place.PostalCode,
                ["addressLocality"] = place.City,
                ["addressCountry"] = "DE",
            },
        };
}
