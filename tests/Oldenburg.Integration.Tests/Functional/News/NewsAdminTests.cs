using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.News;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.News;

[Collection(WritableSite.Name)]
public class NewsAdminTests(SiteFactory site)
{
    [Fact]
    public async Task Create_PublishedWithoutDate_StampsTheFirstPublicationTime()
    {
        var slug = Unique.Name("neu");
        var before = DateTime.UtcNow.AddSeconds(-1);

        var response = await PostCreateAsync(slug, new() { ["State"] = "Published" });

        AssertSaved(response);
        var item = await LoadAsync(slug);
        Assert.InRange(item.PublishedAt!.Value, before, DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Create_DraftWithDateChosenByEditor_KeepsThatDayWhenPublishedLater()
    {
        var slug = Unique.Name("datum");

        AssertSaved(await PostCreateAsync(slug, new() { ["PublishedOn"] = "2030-02-15" }));
        var browser = await site.EditorAsync();
        var id = (await LoadAsync(slug)).Id;
        var form = (await browser.GetPageAsync($"/admin/news/edit/{id}")).Document.FormWithField("Slug");
        Assert.Equal("2030-02-15", form.Value("PublishedOn"));
        AssertSaved(await form.PostMultipartAsync(browser, new Dictionary<string, string> { ["State"] = "Published" }));

        var item = await LoadAsync(slug);
        Assert.Equal(new DateTime(2030, 2, 14, 23, 0, 0, DateTimeKind.Utc), item.PublishedAt);
        var page = await site.CreateBrowser().GetPageAsync($"/de/news/{slug}");
        Assert.Equal("2030-02-15", page.Document.QuerySelector("article time")?.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Create_ImageWithoutAltText_IsRefusedWithAGermanMessageAndNothingIsStored()
    {
        var slug = Unique.Name("ohne-alt");
        var files = await site.WithDbAsync(db => db.StoredFiles.CountAsync());

        var response = await PostCreateAsync(slug, [], new UploadFile("Image", "bild.png", NewsData.TinyPng, "image/png"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await Html.ParseAsync(response)).QuerySelector("#Texts_0__ImageAlt-error")?.TextContent;
        Assert.Contains("Alternativtext, Deutsch", error);
        Assert.False(await site.WithDbAsync(db => db.News.AnyAsync(n => n.Slug == slug)));
        Assert.Equal(files, await site.WithDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task Create_ImageWithEnglishTextButNoEnglishAltText_IsRefused()
    {
        var slug = Unique.Name("ohne-alt-en");

        var response = await PostCreateAsync(
            slug,
            new() { ["Texts[0].ImageAlt"] = "Ein Bild", ["Texts[1].Title"] = "Title", ["Texts[1].Teaser"] = "Teaser" },
            new UploadFile("Image", "bild.png", NewsData.TinyPng, "image/png"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Alternativtext, English", (await Html.ParseAsync(response)).QuerySelector("#Texts_1__ImageAlt-error")?.TextContent);
        Assert.False(await site.WithDbAsync(db => db.News.AnyAsync(n => n.Slug == slug)));
    }

    [Fact]
    public async Task Create_ImageWithAltText_IsStoredAndShownWithIt()
    {
        var slug = Unique.Name("mit-bild");

        var response = await PostCreateAsync(slug, new() { ["State"] = "Published", ["Texts[0].ImageAlt"] = "Zwei Menschen im Gespräch" }, new UploadFile("Image", "bild.png", NewsData.TinyPng, "image/png"));

        AssertSaved(response);
        var item = await LoadAsync(slug);
        Assert.True(await site.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.Area == NewsImageStore.Area && f.Name == item.ImageFile)));
        var page = await site.CreateBrowser().GetPageAsync($"/de/news/{slug}");
        Assert.Equal("Zwei Menschen im Gespräch", page.Document.QuerySelector("article img")?.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("text", "kein PNG-, JPEG- oder WebP-Bild")]
    [InlineData("large", "Das Bild darf höchstens 1 MB groß sein")]
    public async Task Create_BadImage_IsRefusedByTheSharedImageCheck(string kind, string message)
    {
        var slug = Unique.Name("schlechtes-bild");
        var bytes = kind == "text" ? Encoding.UTF8.GetBytes("<?php echo 1; ?>") : new byte[(1024 * 1024) + 1];

        var response = await PostCreateAsync(slug, new() { ["Texts[0].ImageAlt"] = "Bild" }, new UploadFile("Image", "bild.png", bytes, "image/png"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).QuerySelector("#Image-error")?.TextContent);
        Assert.False(await site.WithDbAsync(db => db.News.AnyAsync(n => n.Slug == slug)));
    }

    [Fact]
    public async Task Save_LinkedToATask_ShowsOnTheCachedTaskPageAndInTheFeed()
    {
        var reader = site.CreateBrowser();
        var offerPath = new Uri("/de/offers/migrantenselbstorganisationen", UriKind.Relative);
        var feedPath = new Uri("/de/news/feed.atom", UriKind.Relative);
        await reader.GetStringAsync(offerPath);
        await reader.GetStringAsync(feedPath);
        var slug = Unique.Name("verknuepft");
        var offerId = await site.WithDbAsync(db => db.Offers.Where(o => o.Slug == "migrantenselbstorganisationen").Select(o => o.Id).SingleAsync());

        AssertSaved(await PostCreateAsync(slug, new() { ["State"] = "Published", ["OfferIds"] = offerId.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        var offerPage = await reader.GetPageAsync(offerPath.OriginalString);
        Assert.Contains(offerPage.Document.QuerySelectorAll(".news-links a"), a => a.GetAttribute("href") == $"/de/news/{slug}");
        Assert.Contains(slug, await reader.GetStringAsync(feedPath));
    }

    private async Task<HttpResponseMessage> PostCreateAsync(string slug, Dictionary<string, string> changes, params UploadFile[] files)
    {
        var browser = await site.EditorAsync();
        var form = (await browser.GetPageAsync("/admin/news/create")).Document.FormWithField("Slug");
        var fields = new Dictionary<string, string>
        {
            ["Slug"] = slug,
            ["Texts[0].Title"] = $"Meldung {slug}",
            ["Texts[0].Teaser"] = "Kurz gesagt.",
            ["Texts[0].Body"] = "Der **Text**.",
        };
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }

        return await form.PostMultipartAsync(browser, fields, files);
    }

    private static void AssertSaved(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var errors = Html.ParseAsync(response).GetAwaiter().GetResult().QuerySelectorAll(".kern-error, .kern-alert").Select(e => e.TextContent.Trim());
            Assert.Fail($"{response.StatusCode}: {string.Join(" | ", errors)}");
        }
    }

    private Task<NewsItem> LoadAsync(string slug) => site.WithDbAsync(db => db.News.AsNoTracking().SingleAsync(n => n.Slug == slug));
}
