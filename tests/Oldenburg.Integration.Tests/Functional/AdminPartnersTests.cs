using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public class AdminPartnersTests(SiteFactory site)
{
    [Fact]
    public async Task Create_CompleteForm_SavesEverythingAndFoldsSearchFields()
    {
        var lookups = await site.AddLookupsAsync();
        var browser = await site.EditorAsync();
        var slug = Unique.Name("ibis");
        var form = (await browser.GetPageAsync("/admin/partners/create")).Document.FormWithField("Name");

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Name"] = "Ärzte-Netzwerk İstanbul",
            ["Slug"] = slug,
            ["PartnerTypeId"] = $"{lookups.Type.Id}",
            ["TopicIds"] = $"{lookups.Topic.Id}",
            ["LanguageIds"] = $"{lookups.Language.Id}",
            ["DistrictId"] = $"{lookups.District.Id}",
            ["Street"] = "Klävemannstraße 16",
            ["PostalCode"] = "26122",
            ["Phone"] = "0441 12345",
            ["Email"] = "info@example.org",
            ["Website"] = "https://example.org/",
            ["BarrierFree"] = "true",
            ["Hours[0].Day"] = "Thursday",
            ["Hours[0].Opens"] = "14:00",
            ["Hours[0].Closes"] = "17:00",
            ["State"] = "Published",
            ["Texts[0].ShortDescription"] = "Beratung für Zugewanderte.",
            ["Texts[1].ShortDescription"] = "Counselling for migrants.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var partner = await site.WithDbAsync(db => db.Partners
            .Include(p => p.Topics).Include(p => p.Languages).Include(p => p.Translations).Include(p => p.OpeningHours)
            .SingleAsync(p => p.Slug == slug));
        Assert.Equal("Ärzte-Netzwerk İstanbul", partner.Name);
        Assert.Equal("arzte-netzwerk istanbul", partner.NameSortKey);
        Assert.Contains("beratung fur zugewanderte", partner.SearchText);
        Assert.Equal(lookups.Type.Id, partner.PartnerTypeId);
        Assert.Equal(lookups.District.Id, partner.DistrictId);
        Assert.Equal([lookups.Topic.Id], partner.Topics.Select(t => t.Id));
        Assert.Equal([lookups.Language.Id], partner.Languages.Select(l => l.Id));
        Assert.True(partner.BarrierFree);
        Assert.False(partner.AppointmentOnly);
        Assert.Equal(PublishState.Published, partner.State);
        var hours = Assert.Single(partner.OpeningHours);
        Assert.Equal((DayOfWeek.Thursday, new TimeOnly(14, 0), new TimeOnly(17, 0)), (hours.Day, hours.Opens, hours.Closes));
        Assert.Equal(["de", "en"], partner.Translations.Select(t => t.Culture).Order());
        Assert.NotEqual(default, partner.UpdatedAt);
    }

    [Fact]
    public async Task Edit_ChangedName_IsSavedAndStaleFormIsRefused()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups);
        var browser = await site.EditorAsync();
        var form = (await browser.GetPageAsync($"/admin/partners/edit/{partner.Id}")).Document.FormWithField("Name");

        var first = await form.PostAsync(browser, new Dictionary<string, string> { ["Name"] = "Neuer Name" });
        var second = await form.PostAsync(browser, new Dictionary<string, string> { ["Name"] = "Anderer Name" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("während Sie ihn bearbeitet haben", (await Html.ParseAsync(second)).Body!.TextContent);
        var saved = await site.WithDbAsync(db => db.Partners.SingleAsync(p => p.Id == partner.Id));
        Assert.Equal("Neuer Name", saved.Name);
        Assert.Equal("neuer name", saved.NameSortKey);
    }

    [Theory]
    [InlineData("Name", "", "Name-error")]
    [InlineData("Website", "javascript:alert(1)", "Website-error")]
    [InlineData("Website", "www.example.org", "Website-error")]
    [InlineData("Email", "not-an-address", "Email-error")]
    [InlineData("Texts[0].ShortDescription", "", "Texts_0__ShortDescription-error")]
    public async Task Create_InvalidField_ShowsErrorNextToFieldAndSavesNothing(string field, string value, string errorId)
    {
        var lookups = await site.AddLookupsAsync();
        var browser = await site.EditorAsync();
        var slug = Unique.Name("invalid");
        var form = (await browser.GetPageAsync("/admin/partners/create")).Document.FormWithField("Name");
        var fields = ValidFields(lookups, slug);
        fields[field] = value;

        var response = await form.PostAsync(browser, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#" + errorId));
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Slug == slug)));
    }

    [Fact]
    public async Task Create_OneMegabyteName_ShowsLengthErrorAndSavesNothing()
    {
        var lookups = await site.AddLookupsAsync();
        var browser = await site.EditorAsync();
        var slug = Unique.Name("huge");
        var form = (await browser.GetPageAsync("/admin/partners/create")).Document.FormWithField("Name");
        var fields = ValidFields(lookups, slug);
        fields["Name"] = new string('x', 1024 * 1024);

        var response = await form.PostAsync(browser, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("höchstens 200 Zeichen", (await Html.ParseAsync(response)).QuerySelector("#Name-error")?.TextContent);
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Slug == slug)));
    }

    [Fact]
    public async Task Index_FoldedQuery_FindsNameWithUmlaut()
    {
        var lookups = await site.AddLookupsAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        await site.AddPartnerAsync(lookups, p => p.Name = $"Ärztehaus {marker}");
        var browser = await site.EditorAsync();

        var found = await browser.GetPageAsync($"/admin/partners?q=ÄRZTEHAUS%20{marker}");
        var drafts = await browser.GetPageAsync($"/admin/partners?q={marker}&state=published");

        Assert.Contains($"Ärztehaus {marker}", found.Text);
        Assert.Contains("1 Eintrag", found.Text);
        Assert.DoesNotContain($"Ärztehaus {marker}", drafts.Text);
    }

    [Fact]
    public async Task PublishAndDelete_Draft_PublishesThenRefusesDeletingPublished()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups);
        var browser = await site.EditorAsync();
        var list = await browser.GetPageAsync($"/admin/partners?q={partner.Slug}");
        var token = list.Document.FormWithField(HtmlForm.AntiforgeryField).AntiforgeryToken!;

        await browser.PostAsync(new Uri($"/admin/partners/publish/{partner.Id}", UriKind.Relative), new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token)]));
        await browser.PostAsync(new Uri($"/admin/partners/delete/{partner.Id}", UriKind.Relative), new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token)]));
        var stillThere = await site.WithDbAsync(db => db.Partners.SingleAsync(p => p.Id == partner.Id));
        await browser.PostAsync(new Uri($"/admin/partners/unpublish/{partner.Id}", UriKind.Relative), new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token)]));
        await browser.PostAsync(new Uri($"/admin/partners/delete/{partner.Id}", UriKind.Relative), new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token)]));

        Assert.Equal(PublishState.Published, stillThere.State);
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Id == partner.Id)));
    }

    internal static Dictionary<string, string> ValidFields(TestLookups lookups, string slug) => new()
    {
        ["Name"] = "Gültiger Name",
        ["Slug"] = slug,
        ["PartnerTypeId"] = $"{lookups.Type.Id}",
        ["Website"] = "https://example.org",
        ["Texts[0].ShortDescription"] = "Kurz.",
    };
}
