using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public sealed class AdminOfferDeleteTests(SiteFactory site)
{
    [Fact]
    public async Task Delete_DraftAfterConfirmation_IsGone()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Zu löschen").Draft().Build());
        var browser = await site.SignedInBrowserAsync();
        var confirm = await browser.GetPageAsync($"/admin/offers/delete/{offer.Id}");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.True(await site.WithDbAsync(db => db.Offers.AnyAsync(o => o.Id == offer.Id)), "The GET must only ask, not delete.");

        var response = await new HtmlForm(confirm.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!).PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Offers.AnyAsync(o => o.Id == offer.Id)));
    }

    [Fact]
    public async Task Delete_PublishedOffer_IsKept()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Bleibt").Published().Build());
        var browser = await site.SignedInBrowserAsync();
        var list = await browser.GetPageAsync("/admin/offers");

        var token = new HtmlForm(list.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!).AntiforgeryToken!;

        var response = await browser.PostAsync(
            new Uri($"/admin/offers/delete/{offer.Id}", UriKind.Relative),
            new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await site.WithDbAsync(db => db.Offers.AnyAsync(o => o.Id == offer.Id)));
    }
}
