using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>One entry in each lookup list, with keys no other test uses.</summary>
public sealed record TestLookups(PartnerType Type, Topic Topic, ServiceLanguage Language, District District);

public static class PartnerData
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteFactory, Task<HttpClient>> s_editors = [];

    /// <summary>
    /// One signed-in editor per site, shared by the tests of a collection: the login rate limit
    /// (10 a minute per address) would refuse a fresh sign-in for every test.
    /// </summary>
    public static Task<HttpClient> EditorAsync(this SiteFactory site) =>
        s_editors.GetValue(site, s => s.SignedInBrowserAsync());

    public static async Task<TestLookups> AddLookupsAsync(this SiteFactory site)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var lookups = new TestLookups(
            new PartnerType { Key = $"type-{suffix}", Translations = [new PartnerTypeTranslation { Culture = "de", Name = $"Art {suffix}" }] },
            new Topic { Key = $"topic-{suffix}", Translations = [new TopicTranslation { Culture = "de", Name = $"Thema {suffix}" }] },
            new ServiceLanguage { Key = $"qa-{suffix}", Translations = [new ServiceLanguageTranslation { Culture = "de", Name = $"Sprache {suffix}" }] },
            new District { Key = $"district-{suffix}", Translations = [new DistrictTranslation { Culture = "de", Name = $"Stadtteil {suffix}" }] });
        await site.WithDbAsync(async db =>
        {
            db.AddRange(lookups.Type, lookups.Topic, lookups.Language, lookups.District);
            await db.SaveChangesAsync();
        });
        return lookups;
    }

    /// <summary>A draft partner of the given type with a German short description, saved the way the admin saves.</summary>
    public static async Task<Partner> AddPartnerAsync(this SiteFactory site, TestLookups lookups, Action<Partner>? configure = null)
    {
        var partner = new Partner
        {
            Name = Unique.Name("Partner"),
            Slug = Unique.Name("partner"),
            PartnerTypeId = lookups.Type.Id,
            Translations = [new PartnerTranslation { Culture = "de", ShortDescription = "Kurz beschrieben." }],
        };
        configure?.Invoke(partner);
        partner.RefreshSearchFields();
        partner.Touch("tests", DateTime.UtcNow);
        await site.WithDbAsync(async db =>
        {
            db.Attach(lookups.Topic);
            db.Attach(lookups.Language);
            db.Attach(lookups.District);
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
        });
        return partner;
    }
}
