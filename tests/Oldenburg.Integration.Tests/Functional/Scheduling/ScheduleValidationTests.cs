using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using static Oldenburg.Integration.Tests.Functional.Scheduling.ScheduleTestData;

namespace Oldenburg.Integration.Tests.Functional.Scheduling;

public class ScheduleValidationTests(ScheduleSite site) : IClassFixture<ScheduleSite>
{
    [Fact]
    public async Task PostEdit_PublishTimeInThePast_RerendersWithErrorAndSavesNothing()
    {
        var offer = await site.InsertAsync(new OfferBuilder().Draft().WithTranslation("de", "Unverändert").Build());

        var page = await PostAsync($"/admin/offers/edit/{offer.Id}", new() { ["PublishAtLocal"] = LocalInput(site.UtcNow.AddHours(-1)) }, HttpStatusCode.OK);

        Assert.Contains("schon vorbei", ErrorAt(page, "PublishAtLocal"), StringComparison.Ordinal);
        var stored = await OfferAsync(site, offer.Id);
        Assert.Null(stored.PublishAt);
        Assert.Equal(offer.UpdatedAt, stored.UpdatedAt);
    }

    [Fact]
    public async Task PostEdit_UnpublishBeforePublish_RerendersWithErrorAndSavesNothing()
    {
        var offer = await site.InsertAsync(new OfferBuilder().Draft().WithTranslation("de", "Unverändert").Build());
        var changes = new Dictionary<string, string>
        {
            ["PublishAtLocal"] = LocalInput(site.UtcNow.AddDays(2)),
            ["UnpublishAtLocal"] = LocalInput(site.UtcNow.AddDays(1)),
        };

        var page = await PostAsync($"/admin/offers/edit/{offer.Id}", changes, HttpStatusCode.OK);

        Assert.Contains("nach dem Zeitpunkt zum Veröffentlichen", ErrorAt(page, "UnpublishAtLocal"), StringComparison.Ordinal);
        var stored = await OfferAsync(site, offer.Id);
        Assert.Null(stored.PublishAt);
        Assert.Null(stored.UnpublishAt);
    }

    [Fact]
    public async Task PostEdit_TimeSkippedBySpringForward_RerendersWithErrorAndSavesNothing()
    {
        var offer = await site.InsertAsync(new OfferBuilder().Draft().WithTranslation("de", "Unverändert").Build());

        // Europe/Berlin moves its clocks on the last Sunday of March: 28 March 2077 at 02:00.
        var page = await PostAsync($"/admin/offers/edit/{offer.Id}", new() { ["PublishAtLocal"] = "2077-03-28T02:30" }, HttpStatusCode.OK);

        Assert.Contains("02:30 Uhr gibt es an diesem Tag nicht", ErrorAt(page, "PublishAtLocal"), StringComparison.Ordinal);
        Assert.Null((await OfferAsync(site, offer.Id)).PublishAt);
    }

    [Fact]
    public async Task PostEdit_PageWithFutureSchedule_StoresUtcAndKeepsDraft()
    {
        var page = await site.InsertAsync(new PageBuilder().Draft().WithTranslation("de", "Geplante Seite").Build());
        var publish = site.UtcNow.AddDays(3);
        var unpublish = site.UtcNow.AddDays(30);

        await PostAsync($"/admin/pages/edit/{page.Id}", new() { ["PublishAtLocal"] = LocalInput(publish), ["UnpublishAtLocal"] = LocalInput(unpublish) }, HttpStatusCode.Redirect);

        var stored = await site.WithDbAsync(db => db.Pages.SingleAsync(p => p.Id == page.Id));
        Assert.Equal(publish.AddTicks(-(publish.Ticks % TimeSpan.TicksPerMinute)), stored.PublishAt);
        Assert.Equal(unpublish.AddTicks(-(unpublish.Ticks % TimeSpan.TicksPerMinute)), stored.UnpublishAt);
        Assert.Equal(PublishState.Draft, stored.State);
    }

    [Fact]
    public async Task PostCreate_PublishTimeInThePast_CreatesNothing()
    {
        var slug = Unique.Name("geplant");
        using var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync("/admin/offers/create")).Document.FormWithField("PublishAtLocal");
        var changes = new Dictionary<string, string>
        {
            ["Slug"] = slug,
            [AdminOfferForm.GermanField(form, "Title")] = "Neu",
            [AdminOfferForm.GermanField(form, "Summary")] = "Kurz",
            ["PublishAtLocal"] = LocalInput(site.UtcNow.AddMinutes(-5)),
        };

        var response = await form.PostAsync(browser, changes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Offers.AnyAsync(o => o.Slug == slug)));
    }

    private async Task<IDocument> PostAsync(string path, Dictionary<string, string> changes, HttpStatusCode expected)
    {
        using var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync(path)).Document.FormWithField("PublishAtLocal");
        var response = await form.PostAsync(browser, changes);
        Assert.Equal(expected, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    private static string ErrorAt(IDocument page, string field)
    {
        var input = page.FormWithField(field).Field(field);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        return input.Closest(".kern-form-input")?.QuerySelector(".kern-error")?.NormalizedText() ?? "";
    }
}
