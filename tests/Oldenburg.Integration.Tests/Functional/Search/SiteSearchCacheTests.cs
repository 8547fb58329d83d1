using System.Net;
using Oldenburg.Integration.Tests.Functional.Caching;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using static Oldenburg.Integration.Tests.Functional.Search.SiteSearchData;

namespace Oldenburg.Integration.Tests.Functional.Search;

/// <summary>
/// The results page is cached per query and evicted by a save of any searched type. A change behind
/// the site's back proves what is cached: the page keeps hiding it until an admin save evicts it.
/// </summary>
[Collection(CachingSite.Name)]
public class SiteSearchCacheTests(CachingSite site)
{
    [Fact]
    public async Task ResultsPage_OfferSavedThroughAdmin_ShowsTheNewTitle()
    {
        var token = Token();
        var offer = await site.AddOfferAsync($"Vorher {token}");
        var visitor = site.CreateClient();
        var url = $"/de/search?q={token}";
        var before = await visitor.GetPageAsync(url);
        await site.RetitleOfferBehindTheBackAsync(offer.Id, "de", $"Hinter dem Rücken {token}");
        var cached = await visitor.GetPageAsync(url);
        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync($"/admin/offers/edit/{offer.Id}")).Document.FormWithField("Slug");

        var response = await form.PostAsync(staff, new Dictionary<string, string> { [AdminOfferForm.GermanField(form, "Title")] = $"Nachher {token}" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Vorher {token}", before.Text, StringComparison.Ordinal);
        Assert.Contains($"Vorher {token}", cached.Text, StringComparison.Ordinal);
        Assert.Contains($"Nachher {token}", (await visitor.GetPageAsync(url)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsPage_LinkPublishedThroughAdmin_FindsIt()
    {
        var token = Token();
        var category = await site.AddLinkCategoryAsync();
        var link = await site.AddLinkAsync(category, state: PublishState.Draft, title: $"Link {token}");
        var visitor = site.CreateClient();
        var url = $"/de/search?q={token}";
        var before = await visitor.GetPageAsync(url);
        var staff = await site.EditorAsync();
        var list = await staff.GetPageAsync("/admin/links");

        var response = await staff.PostAsync(new Uri($"/admin/links/publish/{link.Id}", UriKind.Relative), new FormUrlEncodedContent(
            [new(HtmlForm.AntiforgeryField, list.Document.Forms.Select(f => new HtmlForm(f)).First(f => f.AntiforgeryToken is not null).AntiforgeryToken!)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(before.Document.QuerySelectorAll(".search-hit"));
        Assert.Single((await visitor.GetPageAsync(url)).Document.QuerySelectorAll("#search-group-links .search-hit"));
    }

    [Fact]
    public async Task ResultsPage_PartnerSavedThroughAdmin_ShowsTheNewName()
    {
        var token = Token();
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups, p => (p.Name, p.State) = ($"Partner alt {token}", PublishState.Published));
        var visitor = site.CreateClient();
        var url = $"/de/search?q={token}";
        var before = await visitor.GetPageAsync(url);
        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync($"/admin/partners/edit/{partner.Id}")).Document.FormWithField("Name");

        var response = await form.PostAsync(staff, new Dictionary<string, string> { ["Name"] = $"Partner neu {token}" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Partner alt {token}", before.Text, StringComparison.Ordinal);
        Assert.Contains($"Partner neu {token}", (await visitor.GetPageAsync(url)).Text, StringComparison.Ordinal);
    }
}
