using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Two editors on one lookup entry: the later, stale save is refused with what changed, and saving again works.</summary>
[Collection(WritableSite.Name)]
public class AdminLookupConcurrencyTests(SiteFactory site)
{
    [Fact]
    public async Task EditTopic_StaleVersion_RefusedWithChangeThenSecondSaveSucceeds()
    {
        var lookups = await site.AddLookupsAsync();
        var url = $"/admin/lookups/topics/edit/{lookups.Topic.Id}";
        var first = await site.EditorAsync();
        var colleague = await site.CreateAccountAsync();
        var second = site.CreateBrowser();
        Assert.True(Staff.IsSignedInRedirect(await second.SubmitLoginAsync(colleague, Staff.DefaultPassword)));
        var staleForm = (await first.GetPageAsync(url)).Document.FormWithField("Key");
        var colleagueForm = (await second.GetPageAsync(url)).Document.FormWithField("Key");

        var colleagueSave = await colleagueForm.PostAsync(second, new Dictionary<string, string> { ["Names[0].Name"] = "Gesundheit (Kollegin)", ["SortOrder"] = "7" });
        var refused = await staleForm.PostAsync(first, new Dictionary<string, string> { ["Names[0].Name"] = "Gesundheit (ich)" });
        var afterRefusal = await site.WithDbAsync(db => db.Topics.Include(t => t.Translations).SingleAsync(t => t.Id == lookups.Topic.Id));
        var refusedPage = await Html.ParseAsync(refused);
        var retry = await refusedPage.FormWithField("Key").PostAsync(first);
        var afterRetry = await site.WithDbAsync(db => db.Topics.Include(t => t.Translations).SingleAsync(t => t.Id == lookups.Topic.Id));

        Assert.Equal(HttpStatusCode.Redirect, colleagueSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var message = refusedPage.Body!.NormalizedText();
        Assert.Contains($"{colleague} hat diesen Eintrag gespeichert", message);
        Assert.Contains("Name (Deutsch) „Gesundheit (Kollegin)“", message);
        Assert.Contains("Reihenfolge 7", message);
        Assert.Equal("Gesundheit (Kollegin)", afterRefusal.Translations.Single(t => t.Culture == "de").Name);
        Assert.Equal(colleague, afterRefusal.UpdatedBy);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal("Gesundheit (ich)", afterRetry.Translations.Single(t => t.Culture == "de").Name);
        Assert.NotEqual(colleague, afterRetry.UpdatedBy);
    }

    [Fact]
    public async Task EditDistrict_CurrentVersion_SavesAndStampsEditor()
    {
        var lookups = await site.AddLookupsAsync();
        var browser = await site.EditorAsync();
        var form = (await browser.GetPageAsync($"/admin/lookups/districts/edit/{lookups.District.Id}")).Document.FormWithField("Key");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["Names[0].Name"] = "Bloherfelde" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var district = await site.WithDbAsync(db => db.Districts.SingleAsync(d => d.Id == lookups.District.Id));
        Assert.EndsWith("@example.org", district.UpdatedBy);
    }
}
