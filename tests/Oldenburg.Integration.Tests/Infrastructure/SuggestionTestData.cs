using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Lookup rows, partners and suggestions with unique keys, so tests on one database stay independent.</summary>
public static class SuggestionTestData
{
    public sealed record Lookups(string TypeKey, string TopicKey, string DistrictKey, string LanguageKey, string OtherTopicKey);

    public static async Task<Lookups> AddSuggestionLookupsAsync(this SiteFactory site)
    {
        var keys = new Lookups(Unique.Name("type"), Unique.Name("topic"), Unique.Name("district"), Unique.Name("lang"), Unique.Name("topic"));
        await site.WithDbAsync(async db =>
        {
            db.PartnerTypes.Add(new PartnerType { Key = keys.TypeKey, Translations = Names<PartnerTypeTranslation>("Beratungsstelle", "Counselling service", "مركز استشارات") });
            db.Topics.Add(new Topic { Key = keys.TopicKey, Translations = Names<TopicTranslation>("Sprache und Kurse", "Language and courses", "اللغة والدورات") });
            db.Topics.Add(new Topic { Key = keys.OtherTopicKey, Translations = Names<TopicTranslation>("Gesundheit", "Health", "الصحة") });
            db.Districts.Add(new District { Key = keys.DistrictKey, Translations = Names<DistrictTranslation>("Kreyenbrück", "Kreyenbrück", "كراينبروك") });
            db.ServiceLanguages.Add(new ServiceLanguage { Key = keys.LanguageKey, Translations = [new ServiceLanguageTranslation { Culture = "de", Name = "Tigrinya" }] });
            await db.SaveChangesAsync();
        });
        return keys;
    }

    public static async Task<Partner> AddPartnerAsync(this SiteFactory site, Lookups keys, PublishState state = PublishState.Published)
    {
        var slug = Unique.Name("partner");
        await site.WithDbAsync(async db =>
        {
            var partner = new Partner
            {
                Slug = slug,
                State = state,
                Name = "Beratung " + slug,
                PartnerTypeId = (await db.PartnerTypes.SingleAsync(t => t.Key == keys.TypeKey)).Id,
                DistrictId = (await db.Districts.SingleAsync(d => d.Key == keys.DistrictKey)).Id,
                Topics = [await db.Topics.SingleAsync(t => t.Key == keys.TopicKey)],
                Street = "Markt 1",
                PostalCode = "26122",
                City = "Oldenburg",
                Phone = "0441 111111",
                Translations = [new PartnerTranslation { Culture = "de", ShortDescription = "Beratung auf Deutsch.", Description = "Langer Text." }],
            };
            partner.RefreshSearchFields();
            partner.Touch("tests", DateTime.UtcNow);
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
        });
        return await site.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Slug == slug));
    }

    public static Task<PartnerSuggestion> AddSuggestionAsync(this SiteFactory site, Lookups? keys, Action<PartnerSuggestion>? configure = null)
    {
        var suggestion = new PartnerSuggestion
        {
            Name = Unique.Name("Verein"),
            Culture = "de",
            TypeKey = keys?.TypeKey,
            TopicKeys = keys is null ? null : $"{keys.TopicKey},{keys.OtherTopicKey}",
            DistrictKey = keys?.DistrictKey,
            LanguageKeys = keys?.LanguageKey,
            Street = "Hauptstraße 5",
            PostalCode = "26122",
            City = "Oldenburg",
            Phone = "0441 222222",
            Email = "info@verein.example",
            Website = "https://verein.example",
            BarrierFree = true,
            ShortDescription = "Wir beraten Familien.",
            Description = "Ausführlich.",
            Message = "Bitte aufnehmen.",
            SubmitterName = "Erika Muster",
            SubmitterEmail = "erika@example.org",
            CreatedAt = DateTime.UtcNow,
        };
        configure?.Invoke(suggestion);
        return site.InsertAsync(suggestion);
    }

    public static Task<PartnerSuggestion> SuggestionAsync(this SiteFactory site, int id) =>
        site.WithDbAsync(db => db.PartnerSuggestions.AsNoTracking().SingleAsync(s => s.Id == id));

    private static List<T> Names<T>(string de, string en, string ar)
        where T : LookupTranslation, new() =>
        [new T { Culture = "de", Name = de }, new T { Culture = "en", Name = en }, new T { Culture = "ar", Name = ar }];
}
