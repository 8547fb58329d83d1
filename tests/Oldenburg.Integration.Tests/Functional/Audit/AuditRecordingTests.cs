using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional.Audit;

/// <summary>Staff actions leave an entry in the audit log, with who did it and what it was about.</summary>
[Collection(WritableSite.Name)]
public sealed class AuditRecordingTests(SiteFactory site)
{
    [Fact]
    public async Task SignIn_CorrectPassword_RecordsSignInWithLoginName()
    {
        var email = await site.CreateAccountAsync();

        var response = await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword);

        Assert.True(Staff.IsSignedInRedirect(response));
        var entry = Assert.Single(await site.AuditEntriesByAsync(email));
        Assert.Equal(AuditActions.SignIn, entry.Action);
        Assert.Equal("account", entry.SubjectType);
    }

    [Fact]
    public async Task SignIn_WrongPassword_RecordsAttemptedNameButNeverThePassword()
    {
        var email = await site.CreateAccountAsync();
        const string wrongPassword = "Falsches-Passwort-XYZ-4711";

        var response = await site.CreateBrowser().SubmitLoginAsync(email, wrongPassword);

        Assert.False(Staff.IsSignedInRedirect(response));
        var entry = Assert.Single(await site.AuditEntriesByAsync(email));
        Assert.Equal(AuditActions.SignInFailed, entry.Action);
        Assert.DoesNotContain(
            await site.WithDbAsync(db => Task.FromResult(db.AuditEntries.Select(e => e.Actor + e.Subject + e.Details + e.SubjectId).ToList())),
            text => text.Contains("XYZ-4711", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_UnknownName_RecordsTheNameThatWasTried()
    {
        var tried = Unique.Email("nobody");

        await site.CreateBrowser().SubmitLoginAsync(tried, "Irgendein-Passwort-2026");

        Assert.Equal(AuditActions.SignInFailed, Assert.Single(await site.AuditEntriesByAsync(tried)).Action);
    }

    [Fact]
    public async Task SignIn_FifthFailure_RecordsLockout()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.SubmitLoginAsync(email, "Falsches-Passwort-2026");
        }

        var entries = await site.AuditEntriesByAsync(email);
        Assert.Equal(5, entries.Count);
        Assert.All(entries, e => Assert.Equal(AuditActions.SignInFailed, e.Action));
        Assert.Equal("Konto gesperrt", entries[^1].Details);
        Assert.Null(entries[0].Details);
    }

    [Fact]
    public async Task SignOut_SignedIn_RecordsSignOut()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        var form = (await browser.GetPageAsync("/admin")).Document.Forms.Single(f => f.Action.EndsWith("/admin/account/logout", StringComparison.OrdinalIgnoreCase));

        var response = await new HtmlForm((IHtmlFormElement)form).PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([AuditActions.SignIn, AuditActions.SignOut], (await site.AuditEntriesByAsync(email)).Select(e => e.Action));
    }

    [Fact]
    public async Task PasswordChange_Succeeded_IsRecordedWithoutEitherPassword()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        var form = (await browser.GetPageAsync("/admin/account/password")).Document.FormWithField("NewPassword");

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["CurrentPassword"] = Staff.DefaultPassword,
            ["NewPassword"] = "Ganz-neues-Passwort-2026",
            ["ConfirmPassword"] = "Ganz-neues-Passwort-2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = (await site.AuditEntriesByAsync(email))[^1];
        Assert.Equal(AuditActions.PasswordChanged, entry.Action);
        Assert.DoesNotContain("Passwort-2026", entry.Subject + entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_ByAdministrator_RecordsAdministratorAndInvitedAddress()
    {
        var adminEmail = await site.CreateAccountAsync(role: StaffRoles.Administrator);
        var admin = site.CreateBrowser();
        await admin.SubmitLoginAsync(adminEmail, Staff.DefaultPassword);
        var newEmail = Unique.Email("new");

        var response = await AccountFlows.InviteAsync(admin, newEmail);

        var entry = Assert.Single(await site.AuditEntriesByAsync(adminEmail), e => e.Action == AuditActions.UserInvited);
        Assert.Equal("users", entry.SubjectType);
        Assert.Contains(newEmail, entry.Subject, StringComparison.Ordinal);
        var link = (await Html.ParseAsync(response)).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#invitation-link")!.Value;
        Assert.DoesNotContain(link.Split("token=")[1], entry.Subject + entry.Details, StringComparison.Ordinal);
    }
}
