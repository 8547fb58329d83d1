using System.Net;

using AngleSharp.Dom;
using AngleSharp.Html.Dom;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Staff edit standing pages; each test makes its own uniquely named pages.</summary>
[Collection(WritableSite.Name)]
public class PagesAdminTests(SiteFactory site)
{
    [Fact]
    public async Task Draft_PublicUrlAndFooter_IsNotFoundAndNotLinked()
    {
        var draft = new PageBuilder().WithTranslation("de", "Entwurfsseite").Draft().InFooter(0);
        await site.InsertAsync(draft.Build());
        await EvictFooterCache();

        var response = await site.CreateClient().GetAsync(new Uri($"/de/pages/{draft.Slug}", UriKind.Relative));
        var home = await site.CreateClient().GetPageAsync("/de/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(home.Document.QuerySelectorAll("footer a"), a => a.ResolvedPath() == $"/de/pages/{draft.Slug}");
    }

    [Fact]
    public async Task Details_TranslationMissing_ShowsGermanWithNotice()
    {
        var page = new PageBuilder().WithTranslation("de", "Nur Deutsch", "Deutscher Text");
        await site.InsertAsync(page.Build());

        var result = await site.CreateClient().GetPageAsync($"/ar/pages/{page.Slug}");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.NotNull(result.Document.QuerySelector(".fallback-notice"));
        var article = result.Document.QuerySelector("main article")!;
        Assert.Equal("de", article.GetAttribute("lang"));
        Assert.Equal("ltr", article.GetAttribute("dir"));
        Assert.Equal("rtl", result.Document.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task Details_BodyWithMarkupAndHeadingLines_EncodesMarkupAndMakesHeadings()
    {
        var page = new PageBuilder().WithTranslation("de", "Sicherheit", "Vorher <script>alert(1)</script> <b>fett</b>\n\n## Zwischenüberschrift\nDanach");
        await site.InsertAsync(page.Build());

        var result = await site.CreateClient().GetPageAsync($"/de/pages/{page.Slug}");

        var article = result.Document.QuerySelector("main article")!;
        Assert.Empty(article.QuerySelectorAll("script"));
        Assert.Empty(article.QuerySelectorAll("b"));
        Assert.Contains("Vorher <script>alert(1)</script> <b>fett</b>", article.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", result.Raw, StringComparison.Ordinal);
        Assert.Equal("Zwischenüberschrift", Assert.Single(article.QuerySelectorAll("h2")).NormalizedText());
        Assert.Equal(["Vorher <script>alert(1)</script> <b>fett</b>", "Danach"], article.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public async Task Create_ValidForm_ShowsPubliclyInAllLanguagesAndInFooter()
    {
        var browser = await site.SignedInBrowserAsync();
        var slug = Unique.Name("neue-seite");
        var form = (await browser.GetPageAsync("/admin/pages/create")).Document.FormWithField("Slug");

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Slug"] = slug,
            ["FooterOrder"] = "50",
            ["State"] = "Published",
            ["Texts[0].Title"] = "Neue Seite",
            ["Texts[0].Body"] = "Einleitung\n\n## Abschnitt\nInhalt",
            ["Texts[1].Title"] = "New page",
            ["Texts[1].Body"] = "Introduction",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/pages", Staff.PathOf(response.Headers.Location!));
        var german = await site.CreateClient().GetPageAsync($"/de/pages/{slug}");
        Assert.Equal("Neue Seite", german.Document.QuerySelector("h1")!.NormalizedText());
        Assert.Equal("Abschnitt", german.Document.QuerySelector("article h2")!.NormalizedText());
        var english = await site.CreateClient().GetPageAsync($"/en/pages/{slug}");
        Assert.Equal("New page", english.Document.QuerySelector("h1")!.NormalizedText());
        Assert.Contains(english.Document.QuerySelectorAll("footer a"), a => a.ResolvedPath() == $"/en/pages/{slug}" && a.NormalizedText() == "New page");
        var list = await browser.GetPageAsync("/admin/pages");
        Assert.Contains("„Neue Seite“ wurde angelegt.", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ChangedTextsAndUnpublish_ShowPubliclyAndLeaveFooter()
    {
        var page = new PageBuilder().WithTranslation("de", "Alter Titel").WithTranslation("en", "Old title").InFooter(60);
        var id = (await site.InsertAsync(page.Build())).Id;
        var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/pages/edit/{id}")).Document.FormWithField("Slug");
        Assert.Equal("Alter Titel", form.Value("Texts[0].Title"));
        Assert.Equal("60", form.Value("FooterOrder"));

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Texts[0].Title"] = "Neuer Titel",
            ["Texts[1].Title"] = "",
            ["Texts[1].Body"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var english = await site.CreateClient().GetPageAsync($"/en/pages/{page.Slug}");
        Assert.Equal("Neuer Titel", english.Document.QuerySelector("h1")!.NormalizedText());
        Assert.NotNull(english.Document.QuerySelector(".fallback-notice"));
        Assert.Contains(english.Document.QuerySelectorAll("footer a"), a => a.ResolvedPath() == $"/en/pages/{page.Slug}" && a.GetAttribute("lang") == "de");

        var publishForms = (await browser.GetPageAsync("/admin/pages")).Document;
        var unpublish = new HtmlForm(publishForms.QuerySelectorAll<IHtmlFormElement>("form")
            .Single(f => f.GetAttribute("action") == $"/admin/pages/unpublish/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await unpublish.PostAsync(browser)).StatusCode);

        var after = await site.CreateClient().GetPageAsync("/en/");
        Assert.DoesNotContain(after.Document.QuerySelectorAll("footer a"), a => a.ResolvedPath() == $"/en/pages/{page.Slug}");
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync(new Uri($"/en/pages/{page.Slug}", UriKind.Relative))).StatusCode);
    }

    public static readonly TheoryData<string, string, string> InvalidTexts = new()
    {
        { "Texts[0].Title", "", "Bitte geben Sie einen deutschen Titel ein." },
        { "Texts[0].Body", new string('x', 1024 * 1024), "„Text“ darf höchstens 20000 Zeichen lang sein." },
    };

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public async Task Edit_InvalidText_ShowsFieldErrorAndChangesNothing(string field, string value, string messagePart)
    {
        var page = new PageBuilder().WithTranslation("de", "Unverändert", "Unveränderter Text");
        var id = (await site.InsertAsync(page.Build())).Id;
        var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/pages/edit/{id}")).Document.FormWithField("Slug");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["Slug"] = "geaendert-" + page.Slug, [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Html.ParseAsync(response);
        var fieldId = field.Replace('[', '_').Replace(']', '_').Replace('.', '_');
        var error = document.QuerySelector($"#{fieldId}-error");
        Assert.NotNull(error);
        Assert.Contains(messagePart, error.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal("true", document.GetElementById(fieldId)!.GetAttribute("aria-invalid"));
        Assert.NotNull(document.QuerySelector($".error-summary a[href='#{fieldId}']"));
        var stored = await site.WithDbAsync(db => db.Pages.Include(p => p.Translations).SingleAsync(p => p.Id == id));
        Assert.Equal(page.Slug, stored.Slug);
        Assert.Equal("Unverändert", stored.Translations.Single(t => t.Culture == "de").Title);
        Assert.Equal("Unveränderter Text", stored.Translations.Single(t => t.Culture == "de").Body);
    }

    [Fact]
    public async Task Delete_ConfirmedDraft_RemovesItButPublishedPageStays()
    {
        var draft = await site.InsertAsync(new PageBuilder().WithTranslation("de", "Weg damit").Draft().Build());
        var published = await site.InsertAsync(new PageBuilder().WithTranslation("de", "Bleibt").Build());
        var browser = await site.SignedInBrowserAsync();

        var confirm = (await browser.GetPageAsync($"/admin/pages/delete/{draft.Id}")).Document;
        var form = new HtmlForm(confirm.QuerySelectorAll<IHtmlFormElement>("main form").Single());
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(browser)).StatusCode);
        var refused = (await browser.GetPageAsync($"/admin/pages/delete/{published.Id}")).Document;

        Assert.Empty(refused.QuerySelectorAll("main form"));
        Assert.False(await site.WithDbAsync(db => db.Pages.AnyAsync(p => p.Id == draft.Id)));
        Assert.True(await site.WithDbAsync(db => db.Pages.AnyAsync(p => p.Id == published.Id)));
    }

    public static readonly TheoryData<string, string> AdminRoutes = new()
    {
        { "GET", "/admin/pages" },
        { "GET", "/admin/pages/create" },
        { "GET", "/admin/pages/edit/1" },
        { "GET", "/admin/pages/delete/1" },
        { "POST", "/admin/pages/create" },
        { "POST", "/admin/pages/edit/1" },
        { "POST", "/admin/pages/publish/1" },
        { "POST", "/admin/pages/unpublish/1" },
        { "POST", "/admin/pages/delete/1" },
    };

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AdminRoute_Anonymous_RedirectsToLogin(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([]);
        }

        var response = await site.CreateBrowser().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Staff.LoginPath, Staff.PathOf(response.Headers.Location!));
    }

    [Fact]
    public async Task Publish_SignedInWithoutAntiforgeryToken_IsBadRequestAndChangesNothing()
    {
        var draft = await site.InsertAsync(new PageBuilder().WithTranslation("de", "Ohne Token").Draft().Build());
        var browser = await site.SignedInBrowserAsync();

        var response = await browser.PostAsync(new Uri($"/admin/pages/publish/{draft.Id}", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var stored = await site.WithDbAsync(db => db.Pages.SingleAsync(p => p.Id == draft.Id));
        Assert.Equal(PublishState.Draft, stored.State);
    }

    [Fact]
    public async Task AdminNav_SignedIn_LinksToPages()
    {
        var browser = await site.SignedInBrowserAsync();

        var dashboard = await browser.GetPageAsync("/admin");

        Assert.Contains(dashboard.Document.QuerySelectorAll("header nav a"), a => a.ResolvedPath() == "/admin/pages" && a.NormalizedText() == "Seiten");
    }

    /// <summary>Inserting through the database bypasses the admin's eviction; without this a stale footer could hide a bug.</summary>
    private Task EvictFooterCache() => site.EvictPublicCachesAsync();
}
