using System.Net;

using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Pins the offer form's per-language messages, which offers now share with pages.</summary>
[Collection(WritableSite.Name)]
public class OffersAdminValidationTests(SiteFactory site)
{
    [Fact]
    public async Task Create_GermanTitleMissingAndHalfEnglish_NamesEachFieldAndSavesNothing()
    {
        var browser = await site.SignedInBrowserAsync();
        var slug = Unique.Name("halb");
        var form = (await browser.GetPageAsync("/admin/offers/create")).Document.FormWithField("Slug");

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Slug"] = slug,
            ["Texts[0].Title"] = "",
            ["Texts[0].Summary"] = "Deutsche Kurzbeschreibung",
            ["Texts[1].Title"] = "English title only",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal("Bitte geben Sie einen deutschen Titel ein.", document.QuerySelector("#Texts_0__Title-error")!.NormalizedText());
        Assert.Equal(
            "Bitte geben Sie die Kurzbeschreibung (English) ein oder leeren Sie alle Felder dieser Sprache.",
            document.QuerySelector("#Texts_1__Summary-error")!.NormalizedText());
        Assert.Null(document.QuerySelector("#Texts_2__Title-error"));
        Assert.False(await site.WithDbAsync(db => db.Offers.AnyAsync(o => o.Slug == slug)));
    }
}
