using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Staff see which entries are sample data, and saving or confirming an entry makes it theirs.</summary>
[Collection(WritableSite.Name)]
public class AdminSampleMarkerTests(SiteFactory site)
{
    [Fact]
    public async Task EditPartner_SampleEntry_ShowsMarkerAndSaveClearsIt()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups, p => p.IsSample = true);
        var browser = await site.EditorAsync();
        var list = await browser.GetPageAsync($"/admin/partners?q={Uri.EscapeDataString(partner.Name)}");
        var edit = await browser.GetPageAsync($"/admin/partners/edit/{partner.Id}");

        var response = await edit.Document.FormWithField("Name").PostAsync(browser);

        Assert.Contains("Beispieldaten", list.Document.QuerySelector("tbody tr")?.TextContent);
        Assert.Contains("Beispieleintrag", edit.Text);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Partners.Where(p => p.Id == partner.Id).Select(p => p.IsSample).SingleAsync()));
    }

    [Fact]
    public async Task ConfirmChecked_SampleEntry_ClearsMarker()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups, p => p.IsSample = true);
        var browser = await site.EditorAsync();
        var edit = await browser.GetPageAsync($"/admin/partners/edit/{partner.Id}");
        var confirm = edit.Document.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.GetAttribute("action") == $"/admin/partners/checked/{partner.Id}");

        var response = await new HtmlForm(confirm).PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await site.WithDbAsync(db => db.Partners.SingleAsync(p => p.Id == partner.Id));
        Assert.False(stored.IsSample);
        Assert.NotNull(stored.LastCheckedAt);
    }
}
