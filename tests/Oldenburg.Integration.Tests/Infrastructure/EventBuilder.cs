using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Builds an event: published, a unique slug, at the Berlin wall-clock times given, at an address in Oldenburg.</summary>
public sealed class EventBuilder
{
    private readonly List<EventTranslation> _translations = [];
    private readonly List<string> _topics = [];
    private readonly List<string> _languages = [];
    private readonly List<int> _offerIds = [];
    private DateTime _start = new(2027, 6, 1, 18, 0, 0);
    private DateTime _end = new(2027, 6, 1, 20, 0, 0);
    private bool _allDay;
    private bool _online;
    private int? _partnerId;
    private PublishState _state = PublishState.Published;

    public string Slug { get; } = Unique.Name("veranstaltung");

    public EventBuilder WithTranslation(string culture, string title, string? description = null)
    {
        _translations.Add(new EventTranslation { Culture = culture, Title = title, Description = description ?? $"{title}: **Beschreibung**" });
        return this;
    }

    public EventBuilder At(DateTime startLocal, DateTime endLocal)
    {
        (_start, _end, _allDay) = (startLocal, endLocal, false);
        return this;
    }

    public EventBuilder AllDay(DateOnly first, DateOnly last)
    {
        (_start, _end, _allDay) = (first.ToDateTime(TimeOnly.MinValue), last.ToDateTime(TimeOnly.MinValue), true);
        return this;
    }

    public EventBuilder Online()
    {
        _online = true;
        return this;
    }

    public EventBuilder Draft()
    {
        _state = PublishState.Draft;
        return this;
    }

    public EventBuilder WithTopic(string key) => Add(_topics, key);

    public EventBuilder WithLanguage(string key) => Add(_languages, key);

    public EventBuilder WithOffer(int id)
    {
        _offerIds.Add(id);
        return this;
    }

    public EventBuilder ByPartner(int id)
    {
        _partnerId = id;
        return this;
    }

    public Task<EventItem> InsertAsync(SiteFactory site) => site.WithDbAsync(async db =>
    {
        var (times, _, error) = EventTimes.Resolve(DateOnly.FromDateTime(_start), _allDay ? null : TimeOnly.FromDateTime(_start), DateOnly.FromDateTime(_end), _allDay ? null : TimeOnly.FromDateTime(_end), _allDay);
        Assert.True(times is not null, error);
        var item = new EventItem
        {
            Slug = Slug,
            State = _state,
            StartLocal = times.StartLocal,
            EndLocal = times.EndLocal,
            IsAllDay = times.IsAllDay,
            StartsAtUtc = times.StartsAtUtc,
            EndsAtUtc = times.EndsAtUtc,
            IsOnline = _online,
            OnlineUrl = _online ? "https://meet.example.org/raum" : null,
            PlaceName = _online ? null : "Altes Rathaus",
            Street = _online ? null : "Markt 1",
            PostalCode = _online ? null : "26105",
            City = _online ? null : "Oldenburg",
            Organizer = "Stabsstelle Integration",
            OrganizerPartnerId = _partnerId,
            Translations = _translations.Count > 0 ? [.. _translations] : [new EventTranslation { Culture = "de", Title = Slug, Description = "Beschreibung" }],
            Topics = await db.Topics.Where(t => _topics.Contains(t.Key)).ToListAsync(),
            Languages = await db.ServiceLanguages.Where(l => _languages.Contains(l.Key)).ToListAsync(),
            Offers = await db.Offers.Where(o => _offerIds.Contains(o.Id)).ToListAsync(),
        };
        item.Touch("tests", DateTime.UtcNow);
        db.Events.Add(item);
        await db.SaveChangesAsync();
        return item;
    });

    private EventBuilder Add(List<string> list, string key)
    {
        list.Add(key);
        return this;
    }
}
