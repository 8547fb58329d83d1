using System.Net;

using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional.Messages;

[Collection(SuggestionSites.Name)]
public class InboxTests(SuggestionSite site)
{
    private Task<PublicMessage> AddMessageAsync(PublicMessageKind kind = PublicMessageKind.Contact) =>
        site.InsertAsync(new PublicMessage
        {
            Kind = kind,
            Culture = "ar",
            Text = Unique.Name("نص الرسالة"),
            SenderName = "Sender Person",
            SenderEmail = "sender.person@example.org",
            TaskKey = kind == PublicMessageKind.Contact ? SeededOffers.FirstSlug : null,
            FromPath = kind == PublicMessageKind.Accessibility ? "/ar/offers" : null,
            ReceivedAt = DateTime.UtcNow,
        });

    private static async Task<HttpResponseMessage> PostOnDetailsAsync(HttpClient browser, int id, string action, Dictionary<string, string>? fields = null)
    {
        var page = await browser.GetPageAsync($"/admin/inbox/details/{id}");
        var form = new HtmlForm(page.Document.Forms.Single(f => f.Action.EndsWith($"/inbox/{action}/{id}", StringComparison.OrdinalIgnoreCase)));
        return await form.PostAsync(browser, fields);
    }

    [Theory]
    [InlineData(StaffRoles.Editor)]
    [InlineData(StaffRoles.Administrator)]
    public async Task Details_Staff_SeeMessageWithTaskLanguageAndSender(string role)
    {
        var message = await AddMessageAsync();
        var browser = await site.SignedInBrowserAsync(role);

        var page = await browser.GetPageAsync($"/admin/inbox/details/{message.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var text = page.Document.QuerySelector("main")!.NormalizedText();
        Assert.Contains(message.Text, text, StringComparison.Ordinal);
        Assert.Contains("Beratung und Unterstützung", text, StringComparison.Ordinal);
        Assert.Contains("العربية", text, StringComparison.Ordinal);
        Assert.Contains("sender.person@example.org", text, StringComparison.Ordinal);
        Assert.Equal("rtl", page.Document.QuerySelector(".inbox-message")!.GetAttribute("dir"));
    }

    [Fact]
    public async Task Index_FilterByKindAndStatus_ListsOnlyMatchingWithNewCountInMenu()
    {
        var contact = await AddMessageAsync();
        var barrier = await AddMessageAsync(PublicMessageKind.Accessibility);
        var browser = await site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync("/admin/inbox?kind=Accessibility&status=New");

        var links = page.Document.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/admin/inbox/details/{barrier.Id}", links);
        Assert.DoesNotContain($"/admin/inbox/details/{contact.Id}", links);
        var newCount = await site.WithDbAsync(db => db.PublicMessages.CountAsync(m => m.Status == PublicMessageStatus.New));
        Assert.Contains(page.Document.QuerySelectorAll("nav a"), a => a.NormalizedText() == $"Nachrichten ({newCount})");
    }

    [Fact]
    public async Task Status_NewToInProgressToDone_SavesEachStepWithAuditEntry()
    {
        var message = await AddMessageAsync();
        var browser = await site.SignedInBrowserAsync();

        await PostOnDetailsAsync(browser, message.Id, "status", new() { ["status"] = "InProgress" });
        Assert.Equal(PublicMessageStatus.InProgress, (await LoadAsync(message.Id)).Status);
        await PostOnDetailsAsync(browser, message.Id, "status", new() { ["status"] = "Done" });

        var done = await LoadAsync(message.Id);
        Assert.Equal(PublicMessageStatus.Done, done.Status);
        Assert.NotNull(done.DoneAt);
        var entries = await AuditFor(message.Id);
        Assert.Equal(2, entries.Count(e => e.Action == AuditActions.MessageStatusChanged));
        Assert.All(entries, e => Assert.Equal($"Nachricht #{message.Id}", e.Subject));
        Assert.Contains(entries, e => e.Details == "Status: Erledigt");
    }

    [Fact]
    public async Task Assign_ToMeAndToOther_SavesAssigneeWithAuditEntryWithoutPersonalData()
    {
        var message = await AddMessageAsync();
        var other = await site.CreateAccountAsync();
        var me = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        Assert.True(Staff.IsSignedInRedirect(await browser.SubmitLoginAsync(me, Staff.DefaultPassword)));

        await PostOnDetailsAsync(browser, message.Id, "assign", new() { ["toMe"] = "true" });
        Assert.Equal(me, (await LoadAsync(message.Id)).AssignedTo);
        await PostOnDetailsAsync(browser, message.Id, "assign", new() { ["assignee"] = other });

        Assert.Equal(other, (await LoadAsync(message.Id)).AssignedTo);
        var entries = await AuditFor(message.Id);
        Assert.Equal(2, entries.Count(e => e.Action == AuditActions.MessageAssigned));
        Assert.All(entries, e => Assert.DoesNotContain("sender.person", $"{e.Subject} {e.Details}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assign_UnknownAccount_ChangesNothing()
    {
        var message = await AddMessageAsync();
        var browser = await site.SignedInBrowserAsync();

        var response = await PostOnDetailsAsync(browser, message.Id, "assign", new() { ["assignee"] = "nobody@example.org" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await LoadAsync(message.Id)).AssignedTo);
        Assert.Empty(await AuditFor(message.Id));
    }

    [Fact]
    public async Task Status_ChangedMeanwhile_RefusesWithClearMessage()
    {
        var message = await AddMessageAsync();
        var first = await site.SignedInBrowserAsync();
        var second = await site.SignedInBrowserAsync();
        var staleForm = new HtmlForm((await second.GetPageAsync($"/admin/inbox/details/{message.Id}")).Document.Forms
            .Single(f => f.Action.EndsWith($"/inbox/status/{message.Id}", StringComparison.OrdinalIgnoreCase)));

        await PostOnDetailsAsync(first, message.Id, "status", new() { ["status"] = "Done" });
        await staleForm.PostAsync(second, new Dictionary<string, string> { ["status"] = "InProgress" });

        Assert.Equal(PublicMessageStatus.Done, (await LoadAsync(message.Id)).Status);
        var page = await second.GetPageAsync($"/admin/inbox/details/{message.Id}");
        Assert.Contains("inzwischen von einer anderen Person geändert", page.Document.Body!.NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Note_Added_ListedWithAuthorAndAudited()
    {
        var message = await AddMessageAsync();
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);

        await PostOnDetailsAsync(browser, message.Id, "note", new() { ["text"] = "Rückruf vereinbart." });
        await PostOnDetailsAsync(browser, message.Id, "note", new() { ["text"] = "   " });

        var notes = await site.WithDbAsync(db => db.PublicMessageNotes.Where(n => n.PublicMessageId == message.Id).ToListAsync());
        var note = Assert.Single(notes);
        Assert.Equal(email, note.Author);
        var page = await browser.GetPageAsync($"/admin/inbox/details/{message.Id}");
        Assert.Contains("Rückruf vereinbart.", page.Document.QuerySelector(".inbox-notes")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Single(await AuditFor(message.Id), e => e.Action == AuditActions.MessageNoteAdded && !e.Subject.Contains("Rückruf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dashboard_NewMessages_ShowsCountCardWithInboxLink()
    {
        await AddMessageAsync();
        var browser = await site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync("/admin");

        var count = await site.WithDbAsync(db => db.PublicMessages.CountAsync(m => m.Status == PublicMessageStatus.New));
        Assert.Equal($"Neue Nachrichten: {count}", page.Document.QuerySelector(".inbox-card__new")!.NormalizedText());
        Assert.NotNull(page.Document.QuerySelector("#inbox-card")!.ParentElement!.ParentElement!.QuerySelector("a[href='/admin/inbox']"));
    }

    [Fact]
    public async Task Inbox_Anonymous_RedirectsToLogin()
    {
        var response = await site.CreateBrowser().GetAsync(new Uri("/admin/inbox", UriKind.Relative));

        Assert.Equal(Staff.LoginPath, Staff.PathOf(response.Headers.Location!), ignoreCase: true);
    }

    private Task<PublicMessage> LoadAsync(int id) =>
        site.WithDbAsync(db => db.PublicMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    private Task<List<AuditEntry>> AuditFor(int id) =>
        site.WithDbAsync(db => db.AuditEntries.Where(e => e.SubjectType == "messages" && e.SubjectId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync());
}
