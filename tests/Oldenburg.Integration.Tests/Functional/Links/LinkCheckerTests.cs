using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.LinkChecks;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional.Links;

/// <summary>The link checker against a local Kestrel server: fine, moved, gone, broken, too slow, HEAD refused.</summary>
[Collection(LinkCheckSiteDefinition.Name)]
public class LinkCheckerTests(LinkCheckSite site)
{
    private LinkTargetServer Target => site.Target;

    [Theory]
    [InlineData("/ok", LinkCheckOutcome.Ok, 200)]
    [InlineData("/moved", LinkCheckOutcome.Redirected, 301)]
    [InlineData("/gone", LinkCheckOutcome.Broken, 404)]
    [InlineData("/broken", LinkCheckOutcome.Broken, 500)]
    [InlineData("/no-head", LinkCheckOutcome.Ok, 200)]
    public async Task Check_LocalServerAnswer_GivesOutcomeAndStatus(string path, LinkCheckOutcome outcome, int status)
    {
        var result = await CheckAsync(Target.Url(path));

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(status, result.StatusCode);
    }

    [Fact]
    public async Task Check_Redirect_ReportsTheAbsoluteNewTarget()
    {
        var result = await CheckAsync(Target.Url("/moved"));

        Assert.Equal(Target.Url("/new-home"), result.RedirectTarget);
    }

    [Fact]
    public async Task Check_SlowServer_TimesOutAfterTheConfiguredTimeout()
    {
        var started = DateTime.UtcNow;

        var result = await CheckAsync(Target.Url("/slow"));

        Assert.Equal(LinkCheckOutcome.TimedOut, result.Outcome);
        Assert.True(DateTime.UtcNow - started < LinkTargetServer.SlowDelay, "The check waited for the slow answer instead of timing out.");
    }

    [Fact]
    public async Task Check_HeadAnswered_SendsNoGetAndNamesTheSite()
    {
        var path = "/ok?" + Guid.NewGuid().ToString("N");
        await CheckAsync(Target.Url(path));

        Assert.Contains("HEAD " + path, Target.Requests);
        Assert.DoesNotContain("GET " + path, Target.Requests);
        Assert.All(Target.UserAgents, ua => Assert.Contains("OldenburgIntegrationLinkCheck", ua, StringComparison.Ordinal));
        Assert.Contains(Target.UserAgents, ua => ua.Contains(SiteFactory.BaseUrl, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_HeadRefusedWith405_FallsBackToGet()
    {
        await CheckAsync(Target.Url("/no-head"));

        var requests = Target.Requests.Where(r => r.EndsWith("/no-head", StringComparison.Ordinal)).ToList();
        Assert.Contains("HEAD /no-head", requests);
        Assert.Contains("GET /no-head", requests);
    }

    [Theory]
    [InlineData("mailto:info@example.org")]
    [InlineData("ftp://127.0.0.1/file")]
    [InlineData("not an address")]
    public async Task Check_NotHttp_IsNotChecked(string url) =>
        Assert.Equal(LinkCheckOutcome.NotChecked, (await CheckAsync(url)).Outcome);

    [Fact]
    public async Task Run_ManyLinks_AsksAtMostThreeAtATime()
    {
        var category = await site.AddLinkCategoryAsync();
        for (var i = 0; i < 8; i++)
        {
            await site.AddLinkAsync(category, Target.Url($"/busy?n={i}"));
        }

        using var scope = site.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<LinkCheckRun>().RunAsync(null, CancellationToken.None);

        Assert.InRange(Target.MaxInFlight, 1, 3);
        Assert.Equal(0, await site.WithDbAsync(db => db.Links.CountAsync(l => l.Url.Contains("/busy") && l.Check.CheckedAt == null)));
    }

    [Fact]
    public async Task RunButton_StoresResultsPerLinkAndShowsThemToStaffAndOnTheDashboard()
    {
        var category = await site.AddLinkCategoryAsync();
        var ok = await site.AddLinkAsync(category, Target.Url("/ok"));
        var moved = await site.AddLinkAsync(category, Target.Url("/moved"));
        var gone = await site.AddLinkAsync(category, Target.Url("/gone"), state: PublishState.Draft);
        var slow = await site.AddLinkAsync(category, Target.Url("/slow"));
        var browser = await site.SignedInBrowserAsync(StaffRoles.Editor);

        var report = await browser.GetPageAsync("/admin/linkchecks");
        var runForm = report.Document.Forms.Single(f => f.Action.EndsWith("/run", StringComparison.OrdinalIgnoreCase));
        var posted = await new HtmlForm(runForm).PostAsync(browser);
        var after = await browser.GetPageAsync("/admin/linkchecks");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(LinkCheckOutcome.Ok, await OutcomeAsync(ok.Id));
        Assert.Equal(LinkCheckOutcome.Redirected, await OutcomeAsync(moved.Id));
        Assert.Equal(LinkCheckOutcome.Broken, await OutcomeAsync(gone.Id));
        Assert.Equal(LinkCheckOutcome.TimedOut, await OutcomeAsync(slow.Id));
        Assert.NotNull(await site.WithDbAsync(db => db.Links.Where(l => l.Id == ok.Id).Select(l => l.Check.CheckedAt).SingleAsync()));
        var text = after.Document.Body!.NormalizedText();
        Assert.Contains("Defekt (HTTP 404)", text, StringComparison.Ordinal);
        Assert.Contains("Zeitüberschreitung", text, StringComparison.Ordinal);
        Assert.Contains("Neues Ziel: " + Target.Url("/new-home"), text, StringComparison.Ordinal);
        Assert.Contains("Letzte Prüfung:", text, StringComparison.Ordinal);
        Assert.Contains("geprüft am", text, StringComparison.Ordinal);
        var dashboard = await browser.GetPageAsync("/admin");
        Assert.NotNull(dashboard.Document.QuerySelector("#link-check-card"));
        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.LinksChecked)));
    }

    [Fact]
    public async Task Sweep_ChecksOnlyLinksWhoseLastCheckIsDue()
    {
        var category = await site.AddLinkCategoryAsync();
        var fresh = await site.AddLinkAsync(category, Target.Url("/ok?fresh=" + Guid.NewGuid().ToString("N")));
        var due = await site.AddLinkAsync(category, Target.Url("/gone?due=" + Guid.NewGuid().ToString("N")));
        await site.WithDbAsync(async db =>
        {
            (await db.Links.FindAsync(fresh.Id))!.Check.Record(LinkCheckOutcome.Ok, 200, null, DateTime.UtcNow.AddHours(-1));
            (await db.Links.FindAsync(due.Id))!.Check.Record(LinkCheckOutcome.Ok, 200, null, DateTime.UtcNow.AddDays(-2));
            await db.SaveChangesAsync();
        });

        using var scope = site.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<LinkCheckSweep>().RunAsync(DateTime.UtcNow);

        Assert.Equal(LinkCheckOutcome.Ok, await OutcomeAsync(fresh.Id));
        Assert.Equal(LinkCheckOutcome.Broken, await OutcomeAsync(due.Id));
        Assert.DoesNotContain(Target.Requests, r => r.Contains("fresh", StringComparison.Ordinal));
    }

    private async Task<LinkCheckResult> CheckAsync(string url)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LinkChecker>().CheckAsync(url, CancellationToken.None);
    }

    private Task<LinkCheckOutcome> OutcomeAsync(int id) =>
        site.WithDbAsync(db => db.Links.Where(l => l.Id == id).Select(l => l.Check.Outcome).SingleAsync());
}

[CollectionDefinition(Name)]
public sealed class LinkCheckSiteDefinition : ICollectionFixture<LinkCheckSite>
{
    public const string Name = "Link check site";
}
