using System.Net;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.EasyRead;

/// <summary>Staff keep the Leichte Sprache section with the standing pages' editor; each test makes its own pages.</summary>
[Collection(WritableSite.Name)]
public class EasyReadEditingTests(SiteFactory site)
{
    private const string Overview = "/de/leichte-sprache";

    [Fact]
    public async Task Draft_EasyReadPage_IsNotFoundAndNotListed()
    {
        var draft = new PageBuilder().WithTranslation("de", "Entwurf in Leichter Sprache").EasyRead().Draft();
        await site.InsertAsync(draft.Build());
        await site.EvictPublicCachesAsync();

        var response = await site.CreateClient().GetAsync(new Uri($"{Overview}/{draft.Slug}", UriKind.Relative));
        var overview = await site.CreateClient().GetPageAsync(Overview);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(overview.Document.QuerySelectorAll("main a"), a => a.ResolvedPath() == $"{Overview}/{draft.Slug}");
    }

    [Fact]
    public async Task SectionAddress_StandingPage_IsNotFound()
    {
        var page = new PageBuilder().WithTranslation("de", "Gewöhnliche Seite");
        await site.InsertAsync(page.Build());

        var response = await site.CreateClient().GetAsync(new Uri($"{Overview}/{page.Slug}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Create_EasyReadChecked_ShowsInSectionAndNotInFooter()
    {
        var browser = await site.SignedInBrowserAsync();
        var slug = Unique.Name("leicht");
        var form = (await browser.GetPageAsync("/admin/pages/create")).Document.FormWithField("Slug");
        Assert.Equal("Seite in Leichter Sprache", form.Element.QuerySelector("label[for=EasyRead]")!.NormalizedText());

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Slug"] = slug,
            ["EasyRead"] = "true",
            ["FooterOrder"] = "1",
            ["State"] = "Published",
            ["Texts[0].Title"] = "Ein neuer Text",
            ["Texts[0].Body"] = "Das ist ein Satz.\n\n## Eine Überschrift\nNoch ein Satz.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await site.CreateClient().GetPageAsync($"{Overview}/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Ein neuer Text", page.Document.QuerySelector("article.easy-read h1")!.NormalizedText());
        var overview = await site.CreateClient().GetPageAsync(Overview);
        Assert.Contains(overview.Document.QuerySelectorAll("main a"), a => a.ResolvedPath() == $"{Overview}/{slug}" && a.NormalizedText() == "Ein neuer Text");
        Assert.DoesNotContain(overview.Document.QuerySelectorAll("footer a"), a => a.ResolvedPath().EndsWith("/" + slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edit_EasyReadPage_FormShowsFlagAndSavesNewText()
    {
        var page = new PageBuilder().WithTranslation("de", "Alter Text in Leichter Sprache").EasyRead();
        var id = (await site.InsertAsync(page.Build())).Id;
        var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/pages/edit/{id}")).Document.FormWithField("Slug");
        Assert.Equal("true", form.Value("EasyRead"));

        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["Texts[0].Title"] = "Neuer Text in Leichter Sprache" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var result = await site.CreateClient().GetPageAsync($"{Overview}/{page.Slug}");
        Assert.Equal("Neuer Text in Leichter Sprache", result.Document.QuerySelector("h1")!.NormalizedText());
    }

    [Fact]
    public async Task Edit_FlagCleared_PageMovesBackToStandingPages()
    {
        var page = new PageBuilder().WithTranslation("de", "Bald keine Leichte Sprache").EasyRead();
        var id = (await site.InsertAsync(page.Build())).Id;
        var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/pages/edit/{id}")).Document.FormWithField("Slug");

        var response = await form.PostAsync(browser, new Dictionary<string, string>(), omit: ["EasyRead"]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetPageAsync($"/de/pages/{page.Slug}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync(new Uri($"{Overview}/{page.Slug}", UriKind.Relative))).StatusCode);
    }
}
