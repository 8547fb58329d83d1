using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// Builds a partner for a test: published, type "counselling", a unique slug and German text
/// unless told otherwise. Lookups are named by their seeded keys and resolved on insert.
/// </summary>
public sealed class PartnerBuilder
{
    private readonly List<PartnerTranslation> _translations = [];
    private readonly List<string> _topics = [];
    private readonly List<string> _languages = [];
    private readonly List<OpeningHoursRule> _hours = [];
    private string _slug = Unique.Name("test-partner");
    private string _name;
    private string _type = "counselling";
    private string? _district;
    private PublishState _state = PublishState.Published;
    private bool _barrierFree;
    private string? _phone = "0441 0000-999";
    private string? _email;
    private string? _logo;

    public PartnerBuilder(string? name = null) => _name = name ?? Unique.Name("Testpartner");

    public string Slug => _slug;

    public PartnerBuilder WithName(string name) => Set(() => _name = name);

    public PartnerBuilder WithSlug(string slug) => Set(() => _slug = slug);

    public PartnerBuilder WithType(string key) => Set(() => _type = key);

    public PartnerBuilder WithTopic(string key) => Set(() => _topics.Add(key));

    public PartnerBuilder WithLanguage(string key) => Set(() => _languages.Add(key));

    public PartnerBuilder InDistrict(string key) => Set(() => _district = key);

    public PartnerBuilder BarrierFree() => Set(() => _barrierFree = true);

    public PartnerBuilder WithPhone(string? phone) => Set(() => _phone = phone);

    public PartnerBuilder WithEmail(string email) => Set(() => _email = email);

    public PartnerBuilder WithLogo(string fileName) => Set(() => _logo = fileName);

    public PartnerBuilder WithHours(DayOfWeek day, int opens, int closes) =>
        Set(() => _hours.Add(new OpeningHoursRule { Day = day, Opens = new TimeOnly(opens, 0), Closes = new TimeOnly(closes, 0) }));

    public PartnerBuilder Draft() => Set(() => _state = PublishState.Draft);

    public PartnerBuilder WithText(string culture, string shortDescription, string? description = null) => Set(() =>
    {
        _translations.RemoveAll(t => t.Culture == culture);
        _translations.Add(new PartnerTranslation { Culture = culture, ShortDescription = shortDescription, Description = description });
    });

    public async Task<Partner> InsertAsync(SiteFactory site)
    {
        var partner = await site.WithDbAsync(async db =>
        {
            var partner = new Partner
            {
                Slug = _slug,
                Name = _name,
                State = _state,
                Type = await db.PartnerTypes.SingleAsync(t => t.Key == _type),
                District = _district is null ? null : await db.Districts.SingleAsync(d => d.Key == _district),
                Street = "Teststraße 1",
                PostalCode = "26122",
                City = "Oldenburg",
                Phone = _phone,
                Email = _email,
                BarrierFree = _barrierFree,
                LogoFile = _logo,
                LogoContentType = _logo is null ? null : "image/png",
                OpeningHours = [.. _hours],
                LastCheckedAt = new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc),
                Topics = await db.Topics.Where(t => _topics.Contains(t.Key)).ToListAsync(),
                Languages = await db.ServiceLanguages.Where(l => _languages.Contains(l.Key)).ToListAsync(),
                Translations = _translations.Count > 0
                    ? [.. _translations]
                    : [new PartnerTranslation { Culture = "de", ShortDescription = $"{_name} (Kurzbeschreibung)" }],
            };
            partner.Touch("tests", DateTime.UtcNow);
            partner.RefreshSearchFields();
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            return partner;
        });
        return partner;
    }

    private PartnerBuilder Set(Action change)
    {
        change();
        return this;
    }
}
