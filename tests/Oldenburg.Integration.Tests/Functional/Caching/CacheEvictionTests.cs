using System.Net;
using System.Text;
using AngleSharp.Dom;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Caching;

/// <summary>
/// Every admin write evicts the pages that show what it changed, and only those. The proof that a
/// page was not evicted is a change made behind the site's back, which the cached page still hides.
/// </summary>
[Collection(CachingSite.Name)]
public class CacheEvictionTests(CachingSite site)
{
    [Theory]
    [InlineData("save")]
    [InlineData("publish")]
    [InlineData("unpublish")]
    [InlineData("delete")]
    public async Task OfferAdminWrite_EvictsOfferPagesButNotPartnerPages(string action)
    {
        var title = Unique.Name("Angebot");
        var builder = new OfferBuilder().WithTranslation("de", title);
        var offer = await site.InsertAsync(action is "publish" or "delete" ? builder.Draft().Build() : builder.Build());
        var witness = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Zeuge")).Build());
        var partner = await new PartnerBuilder().WithName(Unique.Name("Partner vorher")).InsertAsync(site);
        var visitor = site.CreateClient();
        var listBefore = (await visitor.GetPageAsync("/de/offers")).Text;
        await visitor.GetAsync(new Uri($"/de/offers/{offer.Slug}", UriKind.Relative));
        await visitor.GetAsync(new Uri($"/de/partners/{partner.Slug}", UriKind.Relative));
        await site.RenamePartnerBehindTheBackAsync(partner.Id, "Partner hinter dem Rücken");
        var witnessTitle = Unique.Name("Zeuge hinter dem Rücken");
        await site.RetitleOfferBehindTheBackAsync(witness.Id, "de", witnessTitle);
        var staff = await site.EditorAsync();
        var adminList = await staff.GetPageAsync("/admin/offers");

        var newTitle = Unique.Name("Neu");
        var response = action switch
        {
            "save" => await SaveOfferTitleAsync(staff, offer.Id, newTitle),
            "delete" => await new HtmlForm((await staff.GetPageAsync($"/admin/offers/delete/{offer.Id}")).Document
                .QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!).PostAsync(staff),
            _ => await PostButtonAsync(staff, adminList, $"/admin/offers/{action}/{offer.Id}"),
        };

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = (await visitor.GetPageAsync("/de/offers")).Text;
        var details = await visitor.GetPageAsync($"/de/offers/{offer.Slug}");
        Assert.Contains(witnessTitle, list, StringComparison.Ordinal);
        switch (action)
        {
            case "save":
                Assert.Contains(newTitle, list, StringComparison.Ordinal);
                Assert.Equal(newTitle, details.Document.QuerySelector("main h1")?.NormalizedText());
                break;
            case "publish":
                Assert.DoesNotContain(title, listBefore, StringComparison.Ordinal);
                Assert.Contains(title, list, StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.OK, details.Status);
                break;
            case "delete":
                Assert.Equal(HttpStatusCode.NotFound, details.Status);
                break;
            default:
                Assert.Contains(title, listBefore, StringComparison.Ordinal);
                Assert.DoesNotContain(title, list, StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.NotFound, details.Status);
                break;
        }

        Assert.Contains(partner.Name, (await visitor.GetPageAsync($"/de/partners/{partner.Slug}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerSave_EvictsPartnerPagesButNotOfferPages()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Angebot bleibt").Build());
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups, p => (p.Name, p.State) = (Unique.Name("Partner alt"), PublishState.Published));
        var visitor = site.CreateClient();
        await visitor.GetAsync(new Uri($"/de/offers/{offer.Slug}", UriKind.Relative));
        await visitor.GetAsync(new Uri($"/de/partners/{partner.Slug}", UriKind.Relative));
        await visitor.GetAsync(new Uri($"/de/partners/{partner.Slug}.vcf", UriKind.Relative));
        await site.RetitleOfferBehindTheBackAsync(offer.Id, "de", "Angebot hinter dem Rücken");
        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync($"/admin/partners/edit/{partner.Id}")).Document.FormWithField("Name");
        var newName = Unique.Name("Partner neu");

        var response = await form.PostAsync(staff, new Dictionary<string, string> { ["Name"] = newName });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(newName, (await visitor.GetPageAsync($"/de/partners/{partner.Slug}")).Text, StringComparison.Ordinal);
        Assert.Contains(newName, await visitor.GetStringAsync(new Uri($"/de/partners/{partner.Slug}.vcf", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal("Angebot bleibt", (await visitor.GetPageAsync($"/de/offers/{offer.Slug}")).Document.QuerySelector("main h1")?.NormalizedText());
    }

    [Fact]
    public async Task LookupEdit_EvictsDirectoryAndPartnerPages()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups, p => p.State = PublishState.Published);
        var visitor = site.CreateClient();
        var directory = $"/de/partners?type={lookups.Type.Key}";
        await visitor.GetPageAsync(directory);

        // The second request stores the query variant, so the eviction is what the last assertion sees.
        var before = (await visitor.GetPageAsync(directory)).Text;
        await visitor.GetAsync(new Uri($"/de/partners/{partner.Slug}", UriKind.Relative));
        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync($"/admin/lookups/types/edit/{lookups.Type.Id}")).Document.FormWithField("Key");
        var newName = Unique.Name("Art umbenannt");

        var response = await form.PostAsync(staff, new Dictionary<string, string> { ["Names[0].Name"] = newName });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(newName, before, StringComparison.Ordinal);
        Assert.Contains(newName, (await visitor.GetPageAsync(directory)).Text, StringComparison.Ordinal);
        Assert.Contains(newName, (await visitor.GetPageAsync($"/de/partners/{partner.Slug}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FooterPageSave_EvictsEveryPageThatShowsTheFooter()
    {
        var footer = await site.InsertAsync(new PageBuilder().WithTranslation("de", Unique.Name("Fußzeile alt")).InFooter(90).Build());
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Mit Fußzeile").Build());
        var partner = await new PartnerBuilder().InsertAsync(site);
        string[] paths = ["/de/", "/de/offers", $"/de/offers/{offer.Slug}", "/de/contact", "/de/partners", $"/de/partners/{partner.Slug}", $"/de/pages/{footer.Slug}"];
        var visitor = site.CreateClient();
        foreach (var path in paths)
        {
            await visitor.GetAsync(new Uri(path, UriKind.Relative));
        }

        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync($"/admin/pages/edit/{footer.Id}")).Document.FormWithField("Slug");
        var newTitle = Unique.Name("Fußzeile neu");
        var response = await form.PostAsync(staff, new Dictionary<string, string> { ["Texts[0].Title"] = newTitle });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        foreach (var path in paths)
        {
            var page = await visitor.GetPageAsync(path);
            Assert.True(page.Document.QuerySelector("footer")?.NormalizedText().Contains(newTitle, StringComparison.Ordinal), $"{path} still shows the old footer.");
        }
    }

    [Fact]
    public async Task PartnerCheck_EvictsThePartnerPage()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups, p => p.State = PublishState.Published);
        var visitor = site.CreateClient();
        var path = $"/de/partners/{partner.Slug}";
        var before = await visitor.GetPageAsync(path);
        var staff = await site.EditorAsync();

        var response = await PostButtonAsync(staff, await staff.GetPageAsync($"/admin/partners/edit/{partner.Id}"), $"/admin/partners/checked/{partner.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Null(before.Document.QuerySelector($"time[datetime='{today}']"));
        Assert.NotNull((await visitor.GetPageAsync(path)).Document.QuerySelector($"time[datetime='{today}']"));
    }

    [Fact]
    public async Task CsvImport_EvictsPartnerPages()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups, p => (p.Name, p.State) = ("Vor dem Import", PublishState.Published));
        var visitor = site.CreateClient();
        var path = $"/de/partners/{partner.Slug}";
        await visitor.GetAsync(new Uri(path, UriKind.Relative));
        var newName = Unique.Name("Nach dem Import");
        var csv = "\uFEFF" + string.Join("\r\n",
            "name,slug,type,languages,opening_hours,short_description_de,short_description_en,state",
            $"{newName},{partner.Slug},{lookups.Type.Key},,,Kurz beschrieben.,,published") + "\r\n";
        var staff = await site.EditorAsync();
        var upload = (await staff.GetPageAsync("/admin/partners/import")).Document.FormWithField("file");
        var preview = await Html.ParseAsync(await (await upload.PostMultipartAsync(staff, null, new UploadFile("file", "partner.csv", Encoding.UTF8.GetBytes(csv), "text/csv"))).Content.ReadAsStringAsync(), new Uri("https://localhost/admin/partners/import"));

        var commit = await preview.FormWithField("hash").PostAsync(staff);

        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        Assert.Contains(newName, (await visitor.GetPageAsync(path)).Text, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SaveOfferTitleAsync(HttpClient staff, int offerId, string title)
    {
        var form = (await staff.GetPageAsync($"/admin/offers/edit/{offerId}")).Document.FormWithField("Slug");
        return await form.PostAsync(staff, new Dictionary<string, string> { [AdminOfferForm.GermanField(form, "Title")] = title });
    }

    /// <summary>Posts like a list button: a page's antiforgery token, nothing else.</summary>
    private static Task<HttpResponseMessage> PostButtonAsync(HttpClient staff, Infrastructure.Page signedPage, string action) =>
        staff.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(
            [new(HtmlForm.AntiforgeryField, signedPage.Document.Forms.Select(f => new HtmlForm(f)).First(f => f.AntiforgeryToken is not null).AntiforgeryToken!)]));
}
