using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional.Accounts;

[Collection(AccountsSites.Name)]
public sealed class InvitationTests(AccountsSite site)
{
    private const string Subject = "Einladung";

    [Fact]
    public async Task Accept_MailedLink_CreatesAccountWithRoleAndGrantsThatCanSignIn()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = Unique.Email("invited");

        var invited = await AccountFlows.InviteAsync(admin, email, StaffRoles.Restricted, grant: "offers");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var link = AccountsSite.LinkIn(await site.MailBodyAsync(email, Subject));
        var (_, post) = await AccountFlows.AcceptAsync(site.CreateBrowser(), link);

        Assert.Equal(HttpStatusCode.Redirect, post!.StatusCode);
        Assert.StartsWith(Staff.LoginPath, Staff.PathOf(post.Headers.Location!), StringComparison.OrdinalIgnoreCase);
        var (roles, grants) = await site.RolesAndGrantsAsync(email);
        Assert.Equal([StaffRoles.Restricted], roles);
        Assert.Equal(["offers"], grants);
        Assert.True(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, AccountFlows.NewPassword)));
        Assert.Contains(await site.AuditEntriesByAsync(email), e => e.Action == AuditActions.InvitationAccepted);
    }

    [Fact]
    public async Task Invite_Stored_KeepsOnlyTheTokensHash()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = Unique.Email("hashed");

        await AccountFlows.InviteAsync(admin, email);

        var token = AccountsSite.LinkIn(await site.MailBodyAsync(email, Subject)).Split("token=")[1];
        var stored = await site.WithDbAsync(db => db.StaffInvitations.AsNoTracking().SingleAsync(i => i.Email == email));
        Assert.Equal(InvitationTokens.Hash(Uri.UnescapeDataString(token)), stored.TokenHash);
        Assert.DoesNotContain(Uri.UnescapeDataString(token), stored.TokenHash + stored.GrantedTypes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_LinkUsedTwice_ShowsMessageAndKeepsFirstPassword()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = Unique.Email("twice");
        await AccountFlows.InviteAsync(admin, email);
        var link = AccountsSite.LinkIn(await site.MailBodyAsync(email, Subject));
        var browser = site.CreateBrowser();
        var form = (await browser.GetPageAsync(link)).Document.FormWithField("NewPassword");
        await AccountFlows.AcceptAsync(browser, link);

        var again = await browser.GetPageAsync(link);
        var replay = await form.PostAsync(browser, new Dictionary<string, string> { ["NewPassword"] = "Noch-ein-Passwort-2026", ["ConfirmPassword"] = "Noch-ein-Passwort-2026" });

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("schon angenommen", again.Text, StringComparison.Ordinal);
        Assert.Contains("schon angenommen", (await Html.ParseAsync(replay)).Body!.TextContent, StringComparison.Ordinal);
        Assert.True(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, AccountFlows.NewPassword)));
    }

    [Fact]
    public async Task Accept_ExpiredInvitation_ShowsMessageAndCreatesNoAccount()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = Unique.Email("expired");
        await AccountFlows.InviteAsync(admin, email);
        var link = AccountsSite.LinkIn(await site.MailBodyAsync(email, Subject));
        var browser = site.CreateBrowser();
        var form = (await browser.GetPageAsync(link)).Document.FormWithField("NewPassword");

        site.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var page = await browser.GetPageAsync(link);
        var post = await form.PostAsync(browser, new Dictionary<string, string> { ["NewPassword"] = AccountFlows.NewPassword, ["ConfirmPassword"] = AccountFlows.NewPassword });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("abgelaufen", page.Text, StringComparison.Ordinal);
        Assert.Contains("abgelaufen", (await Html.ParseAsync(post)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(await site.FindUserAsync(email));
    }

    [Fact]
    public async Task Revoke_OpenInvitation_LinkShowsMessage()
    {
        var (adminEmail, admin) = await site.SignedInAsync(StaffRoles.Administrator);
        var email = Unique.Email("revoked");
        await AccountFlows.InviteAsync(admin, email);
        var link = AccountsSite.LinkIn(await site.MailBodyAsync(email, Subject));
        var id = await site.InvitationIdAsync(email);

        var revoke = (await admin.GetPageAsync("/admin/users")).Document.FormPostingTo($"/admin/invitations/revoke/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await revoke.PostAsync(admin)).StatusCode);
        var (page, post) = await AccountFlows.AcceptAsync(site.CreateBrowser(), link);

        Assert.Null(post);
        Assert.Contains("zurückgezogen", page.Text, StringComparison.Ordinal);
        Assert.Null(await site.FindUserAsync(email));
        Assert.Contains(await site.AuditEntriesByAsync(adminEmail), e => e.Action == AuditActions.InvitationRevoked);
    }

    [Fact]
    public async Task Resend_OpenInvitation_OldLinkStopsAndNewLinkWorks()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = Unique.Email("resent");
        await AccountFlows.InviteAsync(admin, email);
        var oldLink = AccountsSite.LinkIn(await site.MailBodyAsync(email, Subject));
        var id = await site.InvitationIdAsync(email);

        var resend = (await admin.GetPageAsync("/admin/users")).Document.FormPostingTo($"/admin/invitations/resend/{id}");
        await resend.PostAsync(admin);
        await AuditData.EventuallyAsync(() => Task.FromResult(site.Messages(email).Count == 2), "The invitation was not sent again.");
        var newLink = site.Messages(email).Select(m => AccountsSite.LinkIn(m.TextBody ?? "")).Single(l => l != oldLink);

        var (oldPage, oldPost) = await AccountFlows.AcceptAsync(site.CreateBrowser(), oldLink);
        Assert.Null(oldPost);
        Assert.Contains("nicht gültig", oldPage.Text, StringComparison.Ordinal);
        var (_, newPost) = await AccountFlows.AcceptAsync(site.CreateBrowser(), newLink);
        Assert.Equal(HttpStatusCode.Redirect, newPost!.StatusCode);
        Assert.NotNull(await site.FindUserAsync(email));
    }

    [Theory]
    [InlineData("/admin/invitation/accept")]
    [InlineData("/admin/invitation/accept?token=nicht-gueltig")]
    [InlineData("/admin/invitation/accept?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Accept_UnknownToken_ShowsMessage(string path)
    {
        var page = await site.CreateBrowser().GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("nicht gültig", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("input[name=NewPassword]"));
    }

    [Fact]
    public async Task Accept_CommonPassword_ShowsErrorAndCreatesNothing()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = Unique.Email("weak");
        await AccountFlows.InviteAsync(admin, email);
        var link = AccountsSite.LinkIn(await site.MailBodyAsync(email, Subject));

        var (_, post) = await AccountFlows.AcceptAsync(site.CreateBrowser(), link, "passwordpassword");

        Assert.Equal(HttpStatusCode.OK, post!.StatusCode);
        Assert.Contains("häufig verwendeter", (await Html.ParseAsync(post)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(await site.FindUserAsync(email));
        Assert.Equal(HttpStatusCode.OK, (await site.CreateBrowser().GetPageAsync(link)).Status);
    }

    [Fact]
    public async Task Invite_ByEditor_IsDenied()
    {
        var editor = await site.SignedInBrowserAsync(StaffRoles.Editor);

        var response = await editor.GetAsync(new Uri("/admin/invitations/create", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/denied", Staff.PathOf(response.Headers.Location!), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Invite_RestrictedWithoutGrant_ShowsErrorAndInvitesNobody()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = Unique.Email("nogrant");

        var response = await AccountFlows.InviteAsync(admin, email, StaffRoles.Restricted);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("mindestens einen Bereich", (await Html.ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
        Assert.False(await site.WithDbAsync(db => db.StaffInvitations.AnyAsync(i => i.Email == email)));
    }
}
