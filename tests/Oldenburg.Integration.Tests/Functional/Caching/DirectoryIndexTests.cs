using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Caching;

/// <summary>
/// The directory answers searches from an in-memory index. A search no one has made before is never
/// in the output cache, so what it finds shows whether the index followed the change.
/// </summary>
[Collection(CachingSite.Name)]
public class DirectoryIndexTests(CachingSite site)
{
    [Fact]
    public async Task PartnerSave_NewNameIsFoundByTheNextSearch_OldNameIsNot()
    {
        var lookups = await site.AddLookupsAsync();
        var (before, after) = (Unique.Name("Indexalt"), Unique.Name("Indexneu"));
        var partner = await site.AddPartnerAsync(lookups, p => (p.Name, p.State) = (before, PublishState.Published));
        var visitor = site.CreateClient();
        Assert.Equal(1, await CountAsync(visitor, before));
        var staff = await site.EditorAsync();
        var form = (await staff.GetPageAsync($"/admin/partners/edit/{partner.Id}")).Document.FormWithField("Name");

        var response = await form.PostAsync(staff, new Dictionary<string, string> { ["Name"] = after });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await CountAsync(visitor, after));
        Assert.Equal(0, await CountAsync(visitor, before));
    }

    [Fact]
    public async Task ChangeBehindTheBack_StaysHiddenUntilTheIndexIsRebuilt()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups, p => (p.Name, p.State) = (Unique.Name("Indexbleibt"), PublishState.Published));
        var visitor = site.CreateClient();
        var renamed = Unique.Name("Indexheimlich");
        Assert.Equal(partner.Name, await FirstNameAsync(visitor, partner.Name));

        await site.RenamePartnerBehindTheBackAsync(partner.Id, renamed);

        Assert.Equal(partner.Name, await FirstNameAsync(visitor, partner.Name));
        site.DropDirectoryIndex();
        Assert.Equal(renamed, await FirstNameAsync(visitor, partner.Name));
    }

    [Fact]
    public async Task EnglishReader_SeesEnglishShortTextOrTheMarkedGermanOne()
    {
        var token = Unique.Name("Indexsprache");
        await new PartnerBuilder($"{token} Eins").WithText("de", "Deutscher Kurztext eins").WithText("en", "English short text one").InsertAsync(site);
        await new PartnerBuilder($"{token} Zwei").WithText("de", "Deutscher Kurztext zwei").InsertAsync(site);

        var cards = (await site.CreateClient().GetPageAsync($"/en/partners?q={Uri.EscapeDataString(token)}")).Document.QuerySelectorAll(".partner-card");

        Assert.Equal(2, cards.Length);
        Assert.Contains("English short text one", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Null(cards[0].QuerySelector(".fallback-hint"));
        var fallback = cards[1].QuerySelector("p[lang='de']");
        Assert.Equal("Deutscher Kurztext zwei", fallback?.TextContent.Trim());
        Assert.NotNull(cards[1].QuerySelector(".fallback-hint"));
    }

    [Fact]
    public async Task UnpublishedPartner_IsNeitherCountedNorShown()
    {
        var token = Unique.Name("Indexentwurf");
        await new PartnerBuilder($"{token} Sichtbar").InsertAsync(site);
        await new PartnerBuilder($"{token} Entwurf").Draft().InsertAsync(site);

        var page = await site.CreateClient().GetPageAsync($"/de/partners?q={Uri.EscapeDataString(token)}");

        Assert.Single(page.Document.QuerySelectorAll(".partner-card"));
        Assert.DoesNotContain("Entwurf", page.Document.QuerySelector(".partner-card")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(HttpClient visitor, string query) =>
        (await SearchAsync(visitor, query)).QuerySelectorAll(".partner-card").Length;

    private static async Task<string?> FirstNameAsync(HttpClient visitor, string query) =>
        (await SearchAsync(visitor, query)).QuerySelector(".partner-card h3")?.TextContent.Trim();

    // A query key the directory does not read keeps the response out of the output cache.
    private static async Task<AngleSharp.Dom.IDocument> SearchAsync(HttpClient visitor, string query) =>
        (await visitor.GetPageAsync($"/de/partners?q={Uri.EscapeDataString(query)}&uncached={Guid.NewGuid():N}")).Document;
}
