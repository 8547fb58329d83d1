using System.Globalization;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Scheduling;

internal static class ScheduleTestData
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>What an editor types into the datetime-local input: Berlin wall-clock time.</summary>
    public static string LocalInput(DateTime utc) =>
        BerlinTime.ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static Task<Offer> OfferAsync(SiteFactory site, int id) =>
        site.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == id));

    /// <summary>Every URL in every sitemap file the index names.</summary>
    public static async Task<List<string>> SitemapUrlsAsync(HttpClient client)
    {
        var index = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var urls = new List<string>();
        foreach (var location in index.Root!.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value))
        {
            var file = XDocument.Parse(await client.GetStringAsync(new Uri(new Uri(location).AbsolutePath, UriKind.Relative)));
            urls.AddRange(file.Root!.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value));
        }

        return urls;
    }
}
