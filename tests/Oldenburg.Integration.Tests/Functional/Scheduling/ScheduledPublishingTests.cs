using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using static Oldenburg.Integration.Tests.Functional.Scheduling.ScheduleTestData;

namespace Oldenburg.Integration.Tests.Functional.Scheduling;

public class ScheduledPublishingTests(ScheduleSite site) : IClassFixture<ScheduleSite>
{
    [Fact]
    public async Task PublishAt_ClockPassesIt_HostedServicePublishesWithoutAnyRequest()
    {
        var offer = await site.InsertAsync(new OfferBuilder().Draft().WithTranslation("de", "Geplante Aufgabe").Build());
        var due = site.UtcNow.AddMinutes(10);
        using var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/offers/edit/{offer.Id}")).Document.FormWithField("PublishAtLocal");

        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["PublishAtLocal"] = LocalInput(due) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await OfferAsync(site, offer.Id);
        Assert.Equal(due.AddTicks(-(due.Ticks % TimeSpan.TicksPerMinute)), stored.PublishAt);
        Assert.Equal(PublishState.Draft, stored.State);
        using var visitor = site.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetPageAsync($"/de/offers/{offer.Slug}")).Status);
        Assert.DoesNotContain(await SitemapUrlsAsync(visitor), u => u.EndsWith($"/offers/{offer.Slug}", StringComparison.Ordinal));

        site.Clock.Advance(TimeSpan.FromMinutes(9));
        await Task.Delay(500);
        Assert.Equal(PublishState.Draft, (await OfferAsync(site, offer.Id)).State);

        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await site.WaitForAsync(async () => (await OfferAsync(site, offer.Id)).State == PublishState.Published);

        var published = await OfferAsync(site, offer.Id);
        Assert.Null(published.PublishAt);
        Assert.Equal(stored.UpdatedAt, published.UpdatedAt);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetPageAsync($"/de/offers/{offer.Slug}")).Status);
        Assert.Contains(await SitemapUrlsAsync(visitor), u => u.EndsWith($"/offers/{offer.Slug}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnpublishAt_ClockPassesIt_HostedServiceWithdrawsAndRecordsItWithoutAnyRequest()
    {
        var offer = await site.InsertAsync(new OfferBuilder().Published().WithTranslation("de", "Befristete Aufgabe").Build());
        var due = site.UtcNow.AddMinutes(30);
        using var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/offers/edit/{offer.Id}")).Document.FormWithField("UnpublishAtLocal");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(browser, new Dictionary<string, string> { ["UnpublishAtLocal"] = LocalInput(due) })).StatusCode);
        using var visitor = site.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetPageAsync($"/de/offers/{offer.Slug}")).Status);
        Assert.Contains(await SitemapUrlsAsync(visitor), u => u.EndsWith($"/offers/{offer.Slug}", StringComparison.Ordinal));

        site.Clock.Advance(TimeSpan.FromMinutes(31));
        await site.WaitForAsync(async () => (await OfferAsync(site, offer.Id)).State == PublishState.Draft);

        Assert.Null((await OfferAsync(site, offer.Id)).UnpublishAt);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetPageAsync($"/de/offers/{offer.Slug}")).Status);
        await site.WaitForAsync(() => site.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectType == "offers" && a.SubjectId == offer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == AuditActions.Unpublished)));
        var entry = await site.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.SubjectType == "offers" && a.SubjectId == offer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == AuditActions.Unpublished));
        Assert.Equal("Zeitplan", entry.Actor);
        Assert.Equal("Befristete Aufgabe", entry.Subject);
        Assert.True(await site.WithDbAsync(db => db.ContentRevisions.AnyAsync(r => r.ContentType == "offers" && r.ContentId == offer.Id && r.Event == AuditActions.Unpublished && r.CreatedBy == "Zeitplan")));
        Assert.DoesNotContain(await SitemapUrlsAsync(visitor), u => u.EndsWith($"/offers/{offer.Slug}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishAt_PartnerScheduledInForm_IsPublishedAndStillFoundBySearch()
    {
        var token = Guid.NewGuid().ToString("N")[..10];
        var partner = await new PartnerBuilder($"Geplanter Partner {token}").Draft().InsertAsync(site);
        var due = site.UtcNow.AddMinutes(5);
        using var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/partners/edit/{partner.Id}")).Document.FormWithField("PublishAtLocal");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(browser, new Dictionary<string, string> { ["PublishAtLocal"] = LocalInput(due) })).StatusCode);
        Assert.NotNull(await site.WithDbAsync(db => db.Partners.Where(p => p.Id == partner.Id).Select(p => p.PublishAt).SingleAsync()));

        site.Clock.Advance(TimeSpan.FromMinutes(6));
        await site.WaitForAsync(() => site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Id == partner.Id && p.State == PublishState.Published)));

        using var visitor = site.CreateBrowser();
        var results = await visitor.GetPageAsync($"/de/partners?q={token}");
        Assert.Contains(results.Document.QuerySelectorAll(".partner-list .partner-card h3 a"), a => a.GetAttribute("href")!.EndsWith($"/{partner.Slug}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditForm_StoredSchedule_ShowsBerlinTimesInInputs()
    {
        var offer = new OfferBuilder().Draft().WithTranslation("de", "Mit Zeitplan").Build();
        offer.PublishAt = new DateTime(2031, 7, 1, 8, 0, 0, DateTimeKind.Utc);
        offer.UnpublishAt = new DateTime(2031, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        await site.InsertAsync(offer);
        using var browser = await site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync($"/admin/offers/edit/{offer.Id}");

        var form = page.Document.FormWithField("PublishAtLocal");
        Assert.Equal("2031-07-01T10:00", form.Value("PublishAtLocal"));
        Assert.Equal("2031-12-01T09:00", form.Value("UnpublishAtLocal"));
        Assert.Equal("datetime-local", form.Field("PublishAtLocal").GetAttribute("type"));
        Assert.Contains("Zeit in Oldenburg (MEZ/MESZ)", page.Text, StringComparison.Ordinal);
    }
}
