using System.Net;

using AngleSharp.Dom;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public class AdminOfferEditingTests(SiteFactory site)
{
    [Fact]
    public async Task PostEdit_ChangedGermanTitle_ShowsOnPublicPage()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Alter Titel").Build());
        using var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/offers/edit/{offer.Id}")).Document.FormWithField("Slug");
        var germanTitle = AdminOfferForm.GermanField(form, "Title");
        Assert.Equal("Alter Titel", form.Value(germanTitle));

        var response = await form.PostAsync(browser, new Dictionary<string, string> { [germanTitle] = "Neuer Titel aus der Redaktion" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var visitor = site.CreateBrowser();
        var page = await visitor.GetPageAsync($"/de/offers/{offer.Slug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Neuer Titel aus der Redaktion", page.Document.QuerySelector("main h1")?.NormalizedText());
        Assert.Equal("Neuer Titel aus der Redaktion", await AdminOfferForm.StoredGermanTitleAsync(site, offer.Id));
    }

    public static TheoryData<string> InvalidGermanTitles() => ["", "   ", new string('T', 1024 * 1024)];

    [Theory]
    [MemberData(nameof(InvalidGermanTitles))]
    public async Task PostEdit_InvalidGermanTitle_RerendersFormWithErrorAtFieldAndKeepsTitle(string title)
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Bleibt so").Build());
        using var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/offers/edit/{offer.Id}")).Document.FormWithField("Slug");
        var germanTitle = AdminOfferForm.GermanField(form, "Title");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { [germanTitle] = title });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var rerendered = page.FormWithField(germanTitle);
        var message = FieldError(rerendered.Field(germanTitle));
        Assert.False(string.IsNullOrWhiteSpace(message), $"No error message next to {germanTitle}.");
        Assert.Equal("true", rerendered.Field(germanTitle).GetAttribute("aria-invalid"));
        Assert.Equal("Bleibt so", await AdminOfferForm.StoredGermanTitleAsync(site, offer.Id));
    }

    /// <summary>The error in the field's own form group, which the field points to with aria-describedby.</summary>
    private static string? FieldError(IElement field)
    {
        var error = field.Closest(".kern-form-input")?.QuerySelector(".kern-error")
            ?? field.Owner?.QuerySelector($"span.field-validation-error[data-valmsg-for='{field.GetAttribute("name")}']");
        if (error is null)
        {
            return null;
        }

        if (error.Id is { Length: > 0 } id)
        {
            Assert.Contains(id, (field.GetAttribute("aria-describedby") ?? "").Split(' '));
        }

        return error.NormalizedText();
    }
}
