using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional.Audit;

/// <summary>The log page: administrators only, newest first, filtered by person, type, action and Berlin calendar days.</summary>
public sealed class AuditPageTests(FakeClockSite site) : IClassFixture<FakeClockSite>
{
    [Fact]
    public async Task Index_Editor_IsSentToAccessDenied()
    {
        var editor = await site.SignedInBrowserAsync(StaffRoles.Editor);

        var response = await editor.GetAsync(new Uri("/admin/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/denied", Staff.PathOf(response.Headers.Location!), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Navigation_Administrator_LinksToLog_EditorDoesNot()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var editor = await site.SignedInBrowserAsync(StaffRoles.Editor);

        Assert.Contains((await admin.GetPageAsync("/admin")).Document.QuerySelectorAll("nav a"), a => string.Equals(a.GetAttribute("href"), "/admin/audit", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain((await editor.GetPageAsync("/admin")).Document.QuerySelectorAll("nav a"), a => a.GetAttribute("href")?.Contains("audit", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task Index_FilterByPerson_ShowsOnlyThatPersonNewestFirst()
    {
        var (anna, ben) = (Unique.Email("anna"), Unique.Email("ben"));
        var now = site.Clock.GetUtcNow().UtcDateTime;
        await site.InsertAuditEntryAsync(anna, now.AddHours(-2), AuditActions.Published);
        await site.InsertAuditEntryAsync(anna, now.AddHours(-1), AuditActions.Saved);
        await site.InsertAuditEntryAsync(ben, now.AddHours(-1), AuditActions.Deleted);
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);

        var page = await admin.GetPageAsync($"/admin/audit?person={Uri.EscapeDataString(anna)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([(anna, "Gespeichert"), (anna, "Veröffentlicht")], Rows(page));
        Assert.Contains(page.Document.QuerySelectorAll("#person option"), o => o.GetAttribute("value") == ben);
    }

    [Fact]
    public async Task Index_FilterByTypeAndAction_ShowsOnlyMatchingEntries()
    {
        var anna = Unique.Email("anna");
        var now = site.Clock.GetUtcNow().UtcDateTime;
        await site.InsertAuditEntryAsync(anna, now.AddMinutes(-3), AuditActions.Saved, "offers");
        await site.InsertAuditEntryAsync(anna, now.AddMinutes(-2), AuditActions.Saved, "pages");
        await site.InsertAuditEntryAsync(anna, now.AddMinutes(-1), AuditActions.Published, "pages");
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);

        var byType = await admin.GetPageAsync($"/admin/audit?person={Uri.EscapeDataString(anna)}&type=pages");
        var byBoth = await admin.GetPageAsync($"/admin/audit?person={Uri.EscapeDataString(anna)}&type=pages&activity=Saved");

        Assert.Equal(2, Rows(byType).Count);
        Assert.Equal([(anna, "Gespeichert")], Rows(byBoth));
        Assert.Contains(byType.Document.QuerySelectorAll("#type option"), o => o.GetAttribute("value") == "offers" && o.TextContent == "Aufgaben");
    }

    [Fact]
    public async Task Index_FilterByDate_UsesBerlinCalendarDays()
    {
        var anna = Unique.Email("anna");

        // 23:30 UTC on 10 March is 00:30 on 11 March in Berlin (CET, UTC+1).
        await site.InsertAuditEntryAsync(anna, new DateTime(2025, 3, 10, 23, 30, 0, DateTimeKind.Utc), AuditActions.Saved);
        await site.InsertAuditEntryAsync(anna, new DateTime(2025, 3, 10, 22, 30, 0, DateTimeKind.Utc), AuditActions.Published);
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var person = Uri.EscapeDataString(anna);

        var eleventh = await admin.GetPageAsync($"/admin/audit?person={person}&from=2025-03-11&to=2025-03-11");
        var tenth = await admin.GetPageAsync($"/admin/audit?person={person}&to=2025-03-10");

        Assert.Equal([(anna, "Gespeichert")], Rows(eleventh));
        Assert.Equal([(anna, "Veröffentlicht")], Rows(tenth));
        Assert.Contains("11.03.2025 00:30", eleventh.Text, StringComparison.Ordinal);
        Assert.Equal("2025-03-11", eleventh.Document.QuerySelector("#from")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("from=31.02.2025", "Das Datum „Von“ ist ungültig")]
    [InlineData("to=gestern", "Das Datum „Bis“ ist ungültig")]
    [InlineData("from=2025-03-12&to=2025-03-11", "liegt nach dem Datum „Bis“")]
    [InlineData("page=-3", "Seitenzahl ist ungültig")]
    public async Task Index_BadFilterInput_ShowsGermanMessageWith200(string query, string message)
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);

        var page = await admin.GetPageAsync($"/admin/audit?{query}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Document.QuerySelector("[role=alert]")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_MoreThanFiftyEntries_PagesThemWithFilterKept()
    {
        var anna = Unique.Email("anna");
        var start = site.Clock.GetUtcNow().UtcDateTime.AddDays(-2);
        await site.WithDbAsync(async db =>
        {
            for (var i = 0; i < 51; i++)
            {
                db.AuditEntries.Add(new AuditEntry { Actor = anna, At = start.AddMinutes(i), Action = AuditActions.Saved, SubjectType = "offers", Subject = $"Eintrag {i}" });
            }

            await db.SaveChangesAsync();
        });
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);

        var first = await admin.GetPageAsync($"/admin/audit?person={Uri.EscapeDataString(anna)}");
        var next = first.Document.QuerySelector("a[rel=next]")?.GetAttribute("href");
        Assert.NotNull(next);
        var second = await admin.GetPageAsync(next);

        Assert.Equal(50, Rows(first).Count);
        Assert.Contains("Eintrag 50", first.Document.QuerySelector("tbody tr")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal([(anna, "Gespeichert")], Rows(second));
        Assert.Contains("Eintrag 0", second.Document.QuerySelector("tbody tr")?.TextContent ?? "", StringComparison.Ordinal);
    }

    private static List<(string Actor, string Action)> Rows(Infrastructure.Page page) =>
        [.. page.Document.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td").ToList()).Select(c => (c[1].TextContent.Trim(), c[2].TextContent.Trim()))];
}
