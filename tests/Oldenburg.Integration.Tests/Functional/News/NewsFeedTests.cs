using System.ServiceModel.Syndication;
using System.Xml;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.News;

[Collection(WritableSite.Name)]
public class NewsFeedTests(SiteFactory site)
{
    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Feed_EveryLanguage_ParsesBackWithAbsoluteLinksLanguageAndDates(string culture)
    {
        var slug = Unique.Name("feed");
        var published = new DateTime(2045, 6, 7, 10, 30, 0, DateTimeKind.Utc);
        var item = await site.AddNewsAsync(slug, PublishState.Published, published, arabicTitle: "خبر في الموجز");
        var draft = Unique.Name("feed-entwurf");
        await site.AddNewsAsync(draft, PublishState.Draft, published.AddDays(1));

        var response = await site.CreateBrowser().GetAsync(new Uri($"/{culture}/news/feed.atom", UriKind.Relative));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal(culture, feed.Language);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == $"{SiteFactory.BaseUrl}/{culture}/news/feed.atom");
        Assert.Contains(feed.Links, l => l.RelationshipType == "alternate" && l.Uri.AbsoluteUri == $"{SiteFactory.BaseUrl}/{culture}/news");
        var entry = Assert.Single(feed.Items, i => i.Id == $"{SiteFactory.BaseUrl}/{culture}/news/{slug}");
        Assert.Equal(culture == "ar" ? "خبر في الموجز" : $"Titel {slug}", entry.Title.Text);
        Assert.Equal($"{SiteFactory.BaseUrl}/{culture}/news/{slug}", Assert.Single(entry.Links).Uri.AbsoluteUri);
        Assert.Equal(published, entry.PublishDate.UtcDateTime);
        Assert.Equal(DateTime.SpecifyKind(item.UpdatedAt, DateTimeKind.Utc), entry.LastUpdatedTime.UtcDateTime, TimeSpan.FromSeconds(1));
        Assert.Contains(culture == "ar" ? "نص</p>" : $"<strong>{slug}</strong>", ((TextSyndicationContent)entry.Content).Text);
        Assert.DoesNotContain(feed.Items, i => i.Id.EndsWith(draft, StringComparison.Ordinal));
        Assert.True(feed.LastUpdatedTime >= entry.LastUpdatedTime);
    }
}
