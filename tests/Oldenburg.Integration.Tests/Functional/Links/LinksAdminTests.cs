using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.Links;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Links;

/// <summary>Links and literature through the shared editorial forms: validation in German, drafts, audit, grants.</summary>
[Collection(WritableSite.Name)]
public class LinksAdminTests(SiteFactory site)
{
    [Theory]
    [InlineData("0-306-40615-3")]
    [InlineData("978-3-16-148410-1")]
    [InlineData("abc")]
    public async Task LiteratureForm_InvalidIsbn_ShowsGermanMessageAndSavesNothing(string isbn)
    {
        var category = await site.AddLinkCategoryAsync();
        var title = Unique.Name("Buch");
        var browser = await site.EditorAsync();

        var response = await PostLiteratureAsync(browser, category, title, isbn);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Die ISBN ist ungültig", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Isbn[aria-invalid=true]"));
        Assert.False(await site.WithDbAsync(db => db.Literature.AnyAsync(l => l.Title == title)));
    }

    [Theory]
    [InlineData("978-3-16-148410-0", "9783161484100")]
    [InlineData("0 8044 2957 x", "080442957X")]
    [InlineData("", "")]
    public async Task LiteratureForm_ValidOrNoIsbn_SavesDraftWithIsbnWithoutSeparators(string isbn, string stored)
    {
        var category = await site.AddLinkCategoryAsync();
        var title = Unique.Name("Buch");
        var browser = await site.EditorAsync();

        var response = await PostLiteratureAsync(browser, category, title, isbn);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await site.WithDbAsync(db => db.Literature.SingleAsync(l => l.Title == title));
        Assert.Equal(stored, entry.Isbn);
        Assert.Equal(PublishState.Draft, entry.State);
        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectType == "literature" && a.Action == AuditActions.Created)));
        Assert.DoesNotContain(title, await site.CreateClient().GetStringAsync(new Uri("/de/links", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("www.example.org")]
    [InlineData("ftp://example.org/file")]
    public async Task LinkForm_AddressNotHttp_IsRefusedInGerman(string url)
    {
        var category = await site.AddLinkCategoryAsync();
        var title = Unique.Name("Link");
        var browser = await site.EditorAsync();

        var response = await PostLinkAsync(browser, category, title, url, "de");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebAddress.InvalidMessage, (await Html.ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
        Assert.False(await site.WithDbAsync(db => db.Links.AnyAsync(l => l.Translations.Any(t => t.Title == title))));
    }

    [Fact]
    public async Task LinkForm_UnknownLanguageCode_IsRefused()
    {
        var category = await site.AddLinkCategoryAsync();
        var browser = await site.EditorAsync();

        var response = await PostLinkAsync(browser, category, Unique.Name("Link"), "https://www.example.org/", "Deutsch");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sprachcode nach ISO 639", (await Html.ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkForm_Valid_SavesDraftThatPublishingShows()
    {
        var category = await site.AddLinkCategoryAsync();
        var title = Unique.Name("Link");
        var browser = await site.EditorAsync();

        var created = await PostLinkAsync(browser, category, title, "https://www.example.org/neu", "fa");
        var link = await site.WithDbAsync(db => db.Links.Include(l => l.Translations).SingleAsync(l => l.Translations.Any(t => t.Title == title)));
        var before = await site.CreateClient().GetStringAsync(new Uri("/de/links", UriKind.Relative));
        var edit = await browser.GetPageAsync($"/admin/links/edit/{link.Id}");
        var published = await edit.Document.FormWithField("Slug").PostAsync(browser, new Dictionary<string, string> { ["State"] = nameof(PublishState.Published) });
        var after = await site.CreateClient().GetPageAsync("/de/links");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("fa", link.TargetLanguage);
        Assert.DoesNotContain(title, before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("https://www.example.org/neu", after.Document.GetElementById(link.Slug)?.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Preview_DraftLinkAndLiterature_ShownInTheListToStaffOnly()
    {
        var category = await site.AddLinkCategoryAsync();
        var link = await site.AddLinkAsync(category, state: PublishState.Draft, translations: [("ar", "نص المسودة")]);
        var entry = await site.AddLiteratureAsync(category, PublishState.Draft);
        var browser = await site.EditorAsync();

        var linkPreview = await browser.GetPageAsync($"/admin/links/preview/{link.Id}?language=ar");
        var literaturePreview = await browser.GetPageAsync($"/admin/literature/preview/{entry.Id}");

        Assert.Equal(HttpStatusCode.OK, linkPreview.Status);
        Assert.Equal("rtl", linkPreview.Document.DocumentElement.GetAttribute("dir"));
        Assert.Contains("نص المسودة", linkPreview.Document.GetElementById(link.Slug)!.TextContent, StringComparison.Ordinal);
        Assert.True(linkPreview.Response.Headers.CacheControl?.NoStore);
        Assert.NotNull(literaturePreview.Document.GetElementById(entry.Slug));
        Assert.Null((await site.CreateClient().GetPageAsync("/ar/links")).Document.GetElementById(link.Slug));
    }

    [Fact]
    public async Task LinkCategory_InUse_CannotBeDeleted()
    {
        var category = await site.AddLinkCategoryAsync();
        await site.AddLinkAsync(category);
        var browser = await site.SignedInBrowserAsync(Web.Infrastructure.Identity.StaffRoles.Administrator);

        var list = await browser.GetPageAsync("/admin/lookups/link-categories");
        var delete = list.Document.Forms.Single(f => f.Action.EndsWith($"/delete/{category.Id}", StringComparison.OrdinalIgnoreCase));
        await new HtmlForm(delete).PostAsync(browser);
        var after = await browser.GetPageAsync("/admin/lookups/link-categories");

        Assert.True(await site.WithDbAsync(db => db.LinkCategories.AnyAsync(c => c.Id == category.Id)));
        Assert.Contains("Links und Literaturangaben verwendet", after.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestrictedToLinks_ReachesLinksAndCheckerButNotLiterature()
    {
        var browser = await site.SignedInRestrictedAsync(LinkDefinition.ContentKey);

        foreach (var path in new[] { "/admin/links", "/admin/links/create", "/admin/linkchecks" })
        {
            using var allowed = await browser.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(allowed.StatusCode == HttpStatusCode.OK, $"{path}: {(int)allowed.StatusCode} {allowed.Headers.Location}");
        }

        using var refused = await browser.GetAsync(new Uri("/admin/literature", UriKind.Relative));
        Assert.True(RestrictedStaff.IsDenied(refused), $"{(int)refused.StatusCode} {refused.Headers.Location}");
    }

    private static async Task<HttpResponseMessage> PostLiteratureAsync(HttpClient browser, LinkCategory category, string title, string isbn)
    {
        var form = (await browser.GetPageAsync("/admin/literature/create")).Document.FormWithField("Isbn");
        return await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Slug"] = Unique.Name("buch"),
            ["Author"] = "Muster, Erika",
            ["Title"] = title,
            ["Year"] = "2023",
            ["Isbn"] = isbn,
            ["CategoryId"] = category.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private static async Task<HttpResponseMessage> PostLinkAsync(HttpClient browser, LinkCategory category, string title, string url, string language)
    {
        var form = (await browser.GetPageAsync("/admin/links/create")).Document.FormWithField("Url");
        return await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Slug"] = Unique.Name("link"),
            ["Url"] = url,
            ["TargetLanguage"] = language,
            ["CategoryId"] = category.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Texts[0].Title"] = title,
        });
    }
}
