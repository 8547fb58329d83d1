using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public class AdminLookupsTests(SiteFactory site)
{
    [Fact]
    public async Task CreateTopic_GermanAndEnglishName_SavesBothTranslations()
    {
        var browser = await site.EditorAsync();
        var key = Unique.Name("thema");
        var form = (await browser.GetPageAsync("/admin/lookups/topics/create")).Document.FormWithField("Key");

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Key"] = key,
            ["SortOrder"] = "5",
            ["Names[0].Name"] = "Gesundheit",
            ["Names[1].Name"] = "Health",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var topic = await site.WithDbAsync(db => db.Topics.Include(t => t.Translations).SingleAsync(t => t.Key == key));
        Assert.Equal(5, topic.SortOrder);
        Assert.Equal(["de:Gesundheit", "en:Health"], topic.Translations.Select(t => $"{t.Culture}:{t.Name}").Order());
        var list = await browser.GetPageAsync("/admin/lookups/topics");
        Assert.Contains("Gesundheit", list.Text);
    }

    [Fact]
    public async Task EditDistrict_NewName_ReplacesName()
    {
        var lookups = await site.AddLookupsAsync();
        var browser = await site.EditorAsync();
        var form = (await browser.GetPageAsync($"/admin/lookups/districts/edit/{lookups.District.Id}")).Document.FormWithField("Key");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["Names[0].Name"] = "Kreyenbrück" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var names = await site.WithDbAsync(db => db.Districts.Where(d => d.Id == lookups.District.Id).SelectMany(d => d.Translations.Select(t => t.Name)).ToListAsync());
        Assert.Equal(["Kreyenbrück"], names);
    }

    [Fact]
    public async Task CreateLanguage_KeyNotIso639_ShowsErrorAndSavesNothing()
    {
        var browser = await site.EditorAsync();
        var form = (await browser.GetPageAsync("/admin/lookups/languages/create")).Document.FormWithField("Key");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["Key"] = "arabisch-sprache", ["Names[0].Name"] = "Arabisch" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("ISO 639", page.QuerySelector("#Key-error")?.TextContent);
        Assert.False(await site.WithDbAsync(db => db.ServiceLanguages.AnyAsync(l => l.Key == "arabisch-sprache")));
    }

    [Fact]
    public async Task CreateType_NoGermanName_ShowsErrorNextToField()
    {
        var browser = await site.EditorAsync();
        var key = Unique.Name("art");
        var form = (await browser.GetPageAsync("/admin/lookups/types/create")).Document.FormWithField("Key");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["Key"] = key, ["Names[1].Name"] = "Counselling" });

        var page = await Html.ParseAsync(response);
        Assert.Contains("deutschen Namen", page.QuerySelector("#Names_0__Name-error")?.TextContent);
        Assert.False(await site.WithDbAsync(db => db.PartnerTypes.AnyAsync(t => t.Key == key)));
    }

    [Fact]
    public async Task DeleteType_UsedByPartner_IsRefusedWithMessage()
    {
        var lookups = await site.AddLookupsAsync();
        await site.AddPartnerAsync(lookups);
        var browser = await site.EditorAsync();

        var response = await DeleteFormOf(await browser.GetPageAsync("/admin/lookups/types"), $"/admin/lookups/types/delete/{lookups.Type.Id}").PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await site.WithDbAsync(db => db.PartnerTypes.AnyAsync(t => t.Id == lookups.Type.Id)));
        var list = await browser.GetPageAsync("/admin/lookups/types");
        Assert.Contains("wird noch von 1 Partner-Einträgen verwendet", list.Text);
    }

    [Fact]
    public async Task DeleteTopic_UsedByPartner_IsRefused_UnusedIsDeleted()
    {
        var used = await site.AddLookupsAsync();
        var unused = await site.AddLookupsAsync();
        await site.AddPartnerAsync(used, p => p.Topics.Add(used.Topic));
        var browser = await site.EditorAsync();
        var list = await browser.GetPageAsync("/admin/lookups/topics");

        await DeleteFormOf(list, $"/admin/lookups/topics/delete/{used.Topic.Id}").PostAsync(browser);
        await DeleteFormOf(list, $"/admin/lookups/topics/delete/{unused.Topic.Id}").PostAsync(browser);

        Assert.True(await site.WithDbAsync(db => db.Topics.AnyAsync(t => t.Id == used.Topic.Id)));
        Assert.False(await site.WithDbAsync(db => db.Topics.AnyAsync(t => t.Id == unused.Topic.Id)));
    }

    [Fact]
    public async Task List_UnknownKind_Returns404()
    {
        var browser = await site.EditorAsync();

        var page = await browser.GetPageAsync("/admin/lookups/colours");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    private static HtmlForm DeleteFormOf(Page page, string action)
    {
        var form = page.Document.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.GetAttribute("action") == action);
        Assert.True(form is not null, $"No form posting to {action}.");
        return new HtmlForm(form);
    }
}
