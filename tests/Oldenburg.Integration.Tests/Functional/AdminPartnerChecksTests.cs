using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Its own database; the seeded directory is in it too, so assertions look at this test's entries.</summary>
public class AdminPartnerChecksTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Stale_NeverAndLongAgoChecked_ListedOldestFirst_ConfirmRemovesEntry()
    {
        var lookups = await site.AddLookupsAsync();
        var never = await site.AddPartnerAsync(lookups, p => p.Name = "Zuletzt nie geprüft");
        var old = await site.AddPartnerAsync(lookups, p => (p.Name, p.LastCheckedAt) = ("Alt geprüft", DateTime.UtcNow.AddDays(-400)));
        var older = await site.AddPartnerAsync(lookups, p => (p.Name, p.LastCheckedAt) = ("Noch älter geprüft", DateTime.UtcNow.AddDays(-800)));
        var recent = await site.AddPartnerAsync(lookups, p => (p.Name, p.LastCheckedAt) = ("Frisch geprüft", DateTime.UtcNow.AddDays(-3)));
        var browser = await site.EditorAsync();

        var page = await browser.GetPageAsync("/admin/partners/stale");
        string[] created = [never.Name, old.Name, older.Name, recent.Name];
        var names = page.Document.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).Where(created.Contains).ToList();
        var confirm = page.Document.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlFormElement>("form")
            .Single(f => f.GetAttribute("action") == $"/admin/partners/checked/{old.Id}");
        var response = await new HtmlForm(confirm).PostAsync(browser);
        var after = await browser.GetPageAsync("/admin/partners/stale");

        Assert.Equal([never.Name, older.Name, old.Name], names);
        Assert.DoesNotContain(recent.Name, page.Text);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([never.Name, older.Name], after.Document.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).Where(created.Contains));
        Assert.Contains($"„{old.Name}“ ist als geprüft vermerkt", after.Text);
        var confirmed = await site.WithDbAsync(db => db.Partners.SingleAsync(p => p.Id == old.Id));
        Assert.True(confirmed.LastCheckedAt > DateTime.UtcNow.AddMinutes(-1));
        Assert.EndsWith("@example.org", confirmed.LastCheckedBy);
    }

    [Fact]
    public async Task Stale_ConfiguredAge_UsesIt()
    {
        using var strict = SiteFactory.Create(new Dictionary<string, string?> { ["Partners:StaleAfterDays"] = "2" });
        var lookups = await strict.AddLookupsAsync();
        var threeDays = await strict.AddPartnerAsync(lookups, p => p.LastCheckedAt = DateTime.UtcNow.AddDays(-3));
        var browser = await strict.SignedInBrowserAsync();

        var page = await browser.GetPageAsync("/admin/partners/stale");

        Assert.Contains(threeDays.Name, page.Text);
        Assert.Contains("vor mehr als 2 Tagen", page.Text);
    }

    [Fact]
    public async Task Dashboard_PartnerCounts_AreShown()
    {
        var browser = await site.EditorAsync();

        var page = await browser.GetPageAsync("/admin");

        Assert.Contains("Partnerverzeichnis", page.Text);
        Assert.Matches("\\d+ veröffentlicht, \\d+ im Entwurf\\. \\d+ seit mehr als 365 Tagen", page.Text);
    }
}
