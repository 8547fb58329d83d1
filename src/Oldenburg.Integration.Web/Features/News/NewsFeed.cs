using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.RichText;

namespace Oldenburg.Integration.Web.Features.News;

/// <summary>
/// The Atom feed of one UI language: the newest published items, each in that language or in German
/// where it has no translation (marked by the entry's xml:lang). Every link is absolute, from the
/// configured site address. The document is output-cached with the page and evicted by the "news" tag.
/// </summary>
public sealed class NewsFeed(NewsQueries news, RichTextRenderer richText, SiteAddress site, IStringLocalizer<NewsResource> text, TimeProvider clock)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const int MaxEntries = 30;

    public static string PathFor(string culture) => $"/{culture}/news/feed.atom";

    public async Task<byte[]> AtomAsync(string culture, CancellationToken cancellationToken)
    {
        var items = await news.FeedItemsAsync(culture, MaxEntries, cancellationToken);
        var listUrl = new Uri(site.Absolute($"/{culture}/news"));
        var feed = new SyndicationFeed(text["Feed.Title"].Value, text["Intro"].Value, listUrl)
        {
            Id = listUrl.AbsoluteUri,
            Language = culture,
            LastUpdatedTime = items.Count > 0 ? Utc(items.Max(i => i.UpdatedAt)) : clock.GetUtcNow(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(site.Absolute(PathFor(culture))), "self", null, ContentType, 0));
        feed.Authors.Add(new SyndicationPerson { Name = text["Feed.Author"].Value });
        feed.Items = [.. items.Select(i => Entry(i.Summary, i.Body, i.UpdatedAt, culture))];

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, Async = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private SyndicationItem Entry(NewsSummary summary, string body, DateTime updatedAt, string culture)
    {
        var url = new Uri(site.Absolute($"/{culture}/news/{summary.Slug}"));
        var entry = new SyndicationItem(summary.Title, SyndicationContent.CreateHtmlContent(richText.Render(body).ToString() ?? ""), url, url.AbsoluteUri, Utc(updatedAt))
        {
            PublishDate = Utc(summary.Date),
            Summary = new TextSyndicationContent(summary.Teaser),
        };
        if (summary.TextCulture != culture)
        {
            entry.AttributeExtensions.Add(new XmlQualifiedName("lang", "http://www.w3.org/XML/1998/namespace"), summary.TextCulture);
        }

        return entry;
    }

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
