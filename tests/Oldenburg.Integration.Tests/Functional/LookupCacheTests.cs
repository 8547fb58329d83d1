using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Public pages read lookups from a per-culture memory cache; a change in the lookups admin must reach them.</summary>
[Collection(WritableSite.Name)]
public class LookupCacheTests(SiteFactory site)
{
    [Fact]
    public async Task Directory_TopicRenamedInAdmin_ShowsTheNewName()
    {
        var lookups = await site.AddLookupsAsync();
        var token = "lk" + Guid.NewGuid().ToString("N")[..10];
        await new PartnerBuilder($"Verein {token}").WithTopic(lookups.Topic.Key).InsertAsync(site);
        var client = site.CreateClient();
        var newName = "Umbenannt " + token;
        Assert.DoesNotContain(newName, (await client.GetPageAsync($"/de/partners?q={token}")).Text, StringComparison.Ordinal);

        var browser = await site.EditorAsync();
        var form = (await browser.GetPageAsync($"/admin/lookups/topics/edit/{lookups.Topic.Id}")).Document.FormWithField("Key");
        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["Names[0].Name"] = newName });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Contains(newName, (await client.GetPageAsync($"/de/partners?q={token}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestionForm_TopicAddedDirectly_AppearsOnlyAfterEviction()
    {
        var client = site.CreateClient();
        await client.GetPageAsync("/de/partners/suggest");
        var name = await AddWithoutEvictionAsync();

        Assert.DoesNotContain(name, (await client.GetPageAsync("/de/partners/suggest")).Text, StringComparison.Ordinal);
        await site.EvictPublicCachesAsync();
        Assert.Contains(name, (await client.GetPageAsync("/de/partners/suggest")).Text, StringComparison.Ordinal);
    }

    private async Task<string> AddWithoutEvictionAsync()
    {
        var name = "Thema" + Guid.NewGuid().ToString("N")[..10];
        // Not through SiteData, which evicts: this write must stay invisible until the cache is evicted.
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Topics.Add(new Topic { Key = name.ToLowerInvariant(), Translations = [new TopicTranslation { Culture = "de", Name = name }] });
        await db.SaveChangesAsync();
        return name;
    }
}
