using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Suggestions;

/// <summary>Accepting a suggestion follows the partner editor's rules and never silently undoes newer edits.</summary>
[Collection(SuggestionSites.Name)]
public class SuggestionAcceptRulesTests(SuggestionSite site)
{
    [Fact]
    public async Task Accept_PostalCodeTheEditorRefuses_RefusedWithMessageAndStaysOpen()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var suggestion = await site.AddSuggestionAsync(keys, s => s.PostalCode = "2612");
        var browser = await site.SignedInBrowserAsync();

        var response = await PostButtonAsync(browser, suggestion.Id, "Übernehmen als Entwurf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edit = await browser.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("fünfstellige Postleitzahl", edit.Text, StringComparison.Ordinal);
        Assert.Equal(SuggestionStatus.Open, (await site.SuggestionAsync(suggestion.Id)).Status);
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Name == suggestion.Name)));
    }

    [Fact]
    public async Task EditThenAccept_InvalidPostalCode_ShowsErrorAtField()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var suggestion = await site.AddSuggestionAsync(keys);
        var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/suggestions/edit/{suggestion.Id}")).Document.FormWithField("Review.Name");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["Review.PostalCode"] = "ABCDE" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("fünfstellige Postleitzahl", page.QuerySelector("#Review_PostalCode-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(SuggestionStatus.Open, (await site.SuggestionAsync(suggestion.Id)).Status);
    }

    [Fact]
    public async Task EditThenAccept_ReservedSlug_ShowsReservedMessageAndCreatesNothing()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var suggestion = await site.AddSuggestionAsync(keys);
        var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/suggestions/edit/{suggestion.Id}")).Document.FormWithField("Review.Slug");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["Review.Slug"] = Slugs.OpenData });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("reserviert", page.QuerySelector("#Review_Slug-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(SuggestionStatus.Open, (await site.SuggestionAsync(suggestion.Id)).Status);
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Slug == Slugs.OpenData)));
    }

    [Fact]
    public async Task Accept_CorrectionOfEntryEditedSince_WarnsRefusesUnconfirmedAndAppliesConfirmed()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var partner = await site.AddPartnerAsync(keys);
        var suggestion = await site.AddSuggestionAsync(keys, s =>
        {
            s.PartnerId = partner.Id;
            s.Name = partner.Name;
            s.Phone = "0441 333333";
        });
        var browser = await site.SignedInBrowserAsync();
        var unwarned = (await browser.GetPageAsync($"/admin/suggestions/details/{suggestion.Id}")).Document;
        Assert.Null(unwarned.QuerySelector(".entry-changed-since"));
        await site.WithDbAsync(db => db.Partners.Where(p => p.Id == partner.Id).ExecuteUpdateAsync(u => u
            .SetProperty(p => p.Phone, "0441 444444").SetProperty(p => p.UpdatedAt, DateTime.UtcNow).SetProperty(p => p.UpdatedBy, "kollegin@example.org")));

        var stale = await FormWithButton(unwarned, "Übernehmen als Entwurf").PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Equal("0441 444444", await PhoneAsync(partner.Id));
        Assert.Equal(SuggestionStatus.Open, (await site.SuggestionAsync(suggestion.Id)).Status);
        var details = await browser.GetPageAsync(stale.Headers.Location!.OriginalString);
        Assert.Contains("nach dem Eingang des Vorschlags geändert", details.Text, StringComparison.Ordinal);
        Assert.Contains("kollegin@example.org", details.Document.QuerySelector(".entry-changed-since")?.TextContent, StringComparison.Ordinal);

        var confirmed = await FormWithButton(details.Document, "Trotzdem übernehmen als Entwurf").PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("0441 333333", await PhoneAsync(partner.Id));
        Assert.Equal(SuggestionStatus.Accepted, (await site.SuggestionAsync(suggestion.Id)).Status);
    }

    [Fact]
    public async Task Details_CorrectionAfterPublishOnly_ShowsNoWarning()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var partner = await site.AddPartnerAsync(keys, PublishState.Draft);
        var suggestion = await site.AddSuggestionAsync(keys, s => s.PartnerId = partner.Id);
        var browser = await site.SignedInBrowserAsync();
        var token = (await browser.GetPageAsync($"/admin/suggestions/details/{suggestion.Id}")).Document.QuerySelectorAll<IHtmlFormElement>("form")
            .Select(f => new HtmlForm(f).AntiforgeryToken).First(t => t is not null);

        var publish = await browser.PostAsync(new Uri($"/admin/partners/publish/{partner.Id}", UriKind.Relative), new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token!)]));

        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var details = await browser.GetPageAsync($"/admin/suggestions/details/{suggestion.Id}");
        Assert.Null(details.Document.QuerySelector(".entry-changed-since"));
    }

    private static async Task<HttpResponseMessage> PostButtonAsync(HttpClient browser, int id, string button) =>
        await FormWithButton((await browser.GetPageAsync($"/admin/suggestions/details/{id}")).Document, button).PostAsync(browser);

    private static HtmlForm FormWithButton(IDocument document, string button) =>
        document.QuerySelectorAll<IHtmlFormElement>("form").Select(f => new HtmlForm(f))
            .Single(f => f.Element.QuerySelector("button")?.NormalizedText() == button);

    private Task<string?> PhoneAsync(int partnerId) =>
        site.WithDbAsync(db => db.Partners.Where(p => p.Id == partnerId).Select(p => p.Phone).SingleAsync());
}
