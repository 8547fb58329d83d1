using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Publications;

[Collection(WritableSite.Name)]
public class PublicationDraftTests(SiteFactory site)
{
    [Theory]
    [InlineData(PublishState.Draft)]
    [InlineData(PublishState.InReview)]
    public async Task Unpublished_IsHiddenFromListDetailDownloadsSitemapAndOpenData(PublishState state)
    {
        var slug = "entwurf-" + Guid.NewGuid().ToString("N")[..8];
        var publication = await site.AddPublicationAsync(slug, state);
        var fileName = publication.Translations.Single().FileName;
        var client = site.CreateBrowser();

        var list = await client.GetStringAsync(new Uri("/de/publications", UriKind.Relative));
        var details = await client.GetAsync(new Uri($"/de/publications/{slug}", UriKind.Relative));
        var stable = await client.GetAsync(new Uri($"/de/publications/{slug}/de", UriKind.Relative));
        var file = await client.GetAsync(new Uri($"/files/publications/{fileName}", UriKind.Relative));
        var sitemap = await client.GetStringAsync(new Uri("/sitemap-1.xml", UriKind.Relative));
        var json = await client.GetStringAsync(new Uri("/api/publications.json", UriKind.Relative));
        var csv = await client.GetStringAsync(new Uri("/api/publications.csv", UriKind.Relative));

        Assert.DoesNotContain(slug, list);
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.DoesNotContain(slug, sitemap);
        Assert.DoesNotContain(slug, json);
        Assert.DoesNotContain(slug, csv);
    }

    [Fact]
    public async Task Published_IsOnEveryPublicSurface()
    {
        // The same checks as above must see a published entry, or they prove nothing.
        var slug = "veroeffentlicht-" + Guid.NewGuid().ToString("N")[..8];
        var publication = await site.AddPublicationAsync(slug, PublishState.Published);
        var client = site.CreateBrowser();

        Assert.Contains(slug, await client.GetStringAsync(new Uri("/de/publications", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/de/publications/{slug}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri($"/de/publications/{slug}/de", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/files/publications/{publication.Translations.Single().FileName}", UriKind.Relative))).StatusCode);
        Assert.Contains(slug, await client.GetStringAsync(new Uri("/sitemap-1.xml", UriKind.Relative)));
        Assert.Contains(slug, await client.GetStringAsync(new Uri("/api/publications.json", UriKind.Relative)));
    }

    [Fact]
    public async Task Delete_Draft_TakesItsStoredFilesWithIt()
    {
        var publication = await site.AddPublicationAsync("loeschen-" + Guid.NewGuid().ToString("N")[..8], PublishState.Draft);
        var fileName = publication.Translations.Single().FileName;
        var browser = await site.EditorAsync();
        var confirm = await browser.GetPageAsync($"/admin/publications/delete/{publication.Id}");

        var response = await new HtmlForm(confirm.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!).PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Publications.AnyAsync(p => p.Id == publication.Id)));
        Assert.False(await site.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.Name == fileName)), "A deleted publication's files must go with it.");
    }
}
