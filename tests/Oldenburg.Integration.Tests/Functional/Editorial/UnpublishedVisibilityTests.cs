using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Editorial;

/// <summary>Drafts and items in review never reach readers: no page, list, footer, back-link, sitemap or open-data row.</summary>
[Collection(WritableSite.Name)]
public class UnpublishedVisibilityTests(SiteFactory site)
{
    public static TheoryData<PublishState> Hidden() => [PublishState.Draft, PublishState.InReview];

    [Theory]
    [MemberData(nameof(Hidden))]
    public async Task UnpublishedItems_AreNowherePublic(PublishState state)
    {
        var marker = Unique.Name("verborgen");
        var offer = new OfferBuilder().WithSlug(marker + "-offer").WithTranslation("de", marker + " Angebot").Build();
        var page = new PageBuilder().WithTranslation("de", marker + " Seite", "Text").InFooter(1).Build();
        offer.State = page.State = state;
        await site.InsertAsync(offer);
        await site.InsertAsync(page);
        var lookups = await site.AddLookupsAsync();
        var partner = await new PartnerBuilder(marker + " Verein").WithType(lookups.Type.Key).InsertAsync(site);
        await site.WithDbAsync(async db =>
        {
            (await db.Partners.FindAsync(partner.Id))!.State = state;
            await db.SaveChangesAsync();
        });
        var linkedOffer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Öffentliche Aufgabe").Build());
        var field = await new FieldOfActionBuilder().WithTranslation("de", marker + " Handlungsfeld").WithOffer(linkedOffer.Id).InsertAsync(site);
        await site.WithDbAsync(async db =>
        {
            (await db.FieldsOfAction.FindAsync(field.Id))!.State = state;
            await db.SaveChangesAsync();
        });
        var news = await News.NewsData.AddNewsAsync(site, marker + "-news", state, offerSlug: linkedOffer.Slug);
        var hiddenEvent = await new EventBuilder().WithTranslation("de", marker + " Veranstaltung").WithOffer(linkedOffer.Id).ByPartner(partner.Id).InsertAsync(site);
        await site.WithDbAsync(async db =>
        {
            (await db.Events.FindAsync(hiddenEvent.Id))!.State = state;
            await db.SaveChangesAsync();
        });
        var anonymous = site.CreateClient();

        foreach (var detail in new[] { $"/de/offers/{offer.Slug}", $"/de/pages/{page.Slug}", $"/de/partners/{partner.Slug}", $"/de/partners/{partner.Slug}.vcf", $"/de/events/{hiddenEvent.Slug}", $"/de/events/{hiddenEvent.Slug}.ics", $"/de/news/{news.Slug}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(detail, UriKind.Relative))).StatusCode);
        }

        var search = await anonymous.GetStringAsync(new Uri($"/de/partners?q={marker}", UriKind.Relative));
        Assert.DoesNotContain($"/partners/{partner.Slug}", search, StringComparison.Ordinal);
        foreach (var listing in new[] { "/de/concept", $"/de/offers/{linkedOffer.Slug}", "/de/offers", "/de/", "/de/partners", "/api/partners.json", "/api/partners.csv", "/sitemap.xml", "/sitemap-1.xml", "/de/events", "/de/events/archive", "/de/events.ics", "/de/news", "/de/news/feed.atom" })
        {
            var body = await anonymous.GetStringAsync(new Uri(listing, UriKind.Relative));
            Assert.DoesNotContain(marker, body, StringComparison.OrdinalIgnoreCase);
        }
    }
}
