using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>Turns the embedded seed files into entities, stamped as changed by the system.</summary>
public static class SeedEntities
{
    public static OfficeProfile Office(SeedOffice seed, DateTime now) => new()
    {
        Email = seed.Email,
        Phone = seed.Phone,
        AlternativePhone = seed.AlternativePhone,
        Fax = seed.Fax,
        Building = seed.Building,
        Street = seed.Street,
        PostalCode = seed.PostalCode,
        City = seed.City,
        UpdatedAt = now,
        UpdatedBy = DatabaseInitializer.SystemUser,
        Translations = [.. seed.Translations.Select(t => t.Value.ToTranslation(t.Key))],
    };

    /// <summary>The office's own tasks: real text, published everywhere.</summary>
    public static Offer Offer(SeedOffer seed, DateTime now)
    {
        var offer = new Offer
        {
            Slug = seed.Slug,
            SortOrder = seed.SortOrder,
            State = PublishState.Published,
            Translations = [.. seed.Translations.Select(t => t.Value.ToTranslation(t.Key))],
        };
        offer.Touch(DatabaseInitializer.SystemUser, now);
        return offer;
    }

    /// <summary>A page that still has "[Bitte ergänzen: ...]" notes gets <paramref name="sampleState"/>, since it is not finished.</summary>
    public static Page Page(SeedPage seed, DateTime now, PublishState sampleState)
    {
        var page = new Page
        {
            Slug = seed.Slug,
            FooterOrder = seed.FooterOrder,
            EasyRead = seed.EasyRead,
            State = seed.Translations.Values.Any(t => PagePlaceholders.In(t.Body)) ? sampleState : PublishState.Published,
            Translations = [.. seed.Translations.Select(t => new PageTranslation
            {
                Culture = t.Key,
                Title = t.Value.Title,
                Body = t.Value.Body,
            })],
        };
        page.Touch(DatabaseInitializer.SystemUser, now);
        return page;
    }

    /// <summary>
    /// Entries with invented fields are sample data: <paramref name="sampleState"/>, and never stamped as
    /// checked, because nobody at the office has checked them. Null when the seed names an unknown type.
    /// </summary>
    public static Partner? Partner(SeedPartner entry, SeedLookupIndex lookups, DateTime now, PublishState sampleState)
    {
        if (!lookups.Types.TryGetValue(entry.Type, out var type))
        {
            return null;
        }

        var isSample = entry.Sample is { Count: > 0 };
        var partner = new Partner
        {
            Slug = entry.Slug,
            Name = entry.Name,
            State = isSample ? sampleState : PublishState.Published,
            IsSample = isSample,
            Type = type,
            District = entry.District is null ? null : lookups.Districts.GetValueOrDefault(entry.District),
            Street = entry.Street,
            PostalCode = entry.PostalCode,
            City = entry.City,
            Phone = entry.Phone,
            Email = entry.Email,
            Website = entry.Website,
            BarrierFree = entry.BarrierFree,
            AppointmentOnly = entry.AppointmentOnly,
            OpeningHours = [.. entry.OpeningHours.Select(h => h.ToRule())],
            Topics = [.. entry.Topics.Where(lookups.Topics.ContainsKey).Select(k => lookups.Topics[k])],
            Languages = [.. entry.Languages.Where(lookups.Languages.ContainsKey).Select(k => lookups.Languages[k])],
            Translations = [.. entry.Texts.Select(t => new PartnerTranslation
            {
                Culture = t.Key,
                ShortDescription = t.Value.ShortDescription,
                Description = t.Value.Description,
                TargetGroups = t.Value.TargetGroups,
            })],
        };
        partner.Touch(DatabaseInitializer.SystemUser, now);
        partner.RefreshSearchFields();
        return partner;
    }
}
