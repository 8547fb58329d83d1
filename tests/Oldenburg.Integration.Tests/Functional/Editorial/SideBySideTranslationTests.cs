using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Editorial;

/// <summary>The side-by-side editor shows the German source and changes only the target language.</summary>
[Collection(WritableSite.Name)]
public class SideBySideTranslationTests(SiteFactory site)
{
    [Fact]
    public async Task Translate_Offer_ShowsGermanAndSavesOnlyTheTarget()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Sprachkurs", "Kurz auf Deutsch", "Lang auf Deutsch").Build());
        var browser = await site.EditorAsync();
        var page = await browser.GetPageAsync($"/admin/offers/translate/{offer.Id}?language=ar");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Lang auf Deutsch", page.Text, StringComparison.Ordinal);
        Assert.Equal("rtl", page.Document.GetElementById("Values_Body")?.GetAttribute("dir"));

        var response = await page.Document.FormWithField("Values[Title]").PostAsync(browser, new Dictionary<string, string>
        {
            ["Values[Title]"] = "دورة لغة",
            ["Values[Summary]"] = "ملخص",
            ["Values[Body]"] = "نص",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var texts = await site.WithDbAsync(db => db.Offers.Where(o => o.Id == offer.Id).SelectMany(o => o.Translations).ToListAsync());
        Assert.Equal("دورة لغة", texts.Single(t => t.Culture == "ar").Title);
        Assert.Equal("Lang auf Deutsch", texts.Single(t => t.Culture == "de").Body);
    }

    [Fact]
    public async Task Translate_IncompleteTranslation_IsRefusedWithMessage()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Beratung").Build());
        var browser = await site.EditorAsync();
        var form = (await browser.GetPageAsync($"/admin/offers/translate/{offer.Id}?language=en")).Document.FormWithField("Values[Title]");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["Values[Title]"] = "Counselling", ["Values[Summary]"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kurzbeschreibung", (await Html.ParseAsync(response)).QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.False(await site.WithDbAsync(db => db.Offers.Where(o => o.Id == offer.Id).SelectMany(o => o.Translations).AnyAsync(t => t.Culture == "en")));
    }

    [Fact]
    public async Task Translate_AfterColleagueSaved_IsRefusedAndKeepsTheirText()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Integrationskurs").Build());
        var browser = await site.EditorAsync();
        var mine = (await browser.GetPageAsync($"/admin/offers/translate/{offer.Id}?language=en")).Document.FormWithField("Values[Title]");
        var colleague = (await browser.GetPageAsync($"/admin/offers/translate/{offer.Id}?language=en")).Document.FormWithField("Values[Title]");
        await colleague.PostAsync(browser, new Dictionary<string, string> { ["Values[Title]"] = "Colleague course", ["Values[Summary]"] = "Short" });

        var response = await mine.PostAsync(browser, new Dictionary<string, string> { ["Values[Title]"] = "My course", ["Values[Summary]"] = "Short" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("während Sie", (await Html.ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Colleague course", await site.WithDbAsync(db => db.Offers.Where(o => o.Id == offer.Id).SelectMany(o => o.Translations).Where(t => t.Culture == "en").Select(t => t.Title).SingleAsync()));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("xx")]
    public async Task Translate_SourceOrUnknownLanguage_IsNotFound(string culture)
    {
        var browser = await site.EditorAsync();

        var response = await browser.GetAsync(new Uri($"/admin/offers/translate/1?language={culture}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Translate_Office_WorksWithoutId()
    {
        var browser = await site.EditorAsync();

        var page = await browser.GetPageAsync("/admin/office/translate?language=en");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.GetElementById("Values_Name"));
    }
}
