using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional.Accounts;

/// <summary>A change to how someone signs in is mailed to them, so a change they did not make does not go unnoticed.</summary>
[Collection(AccountsSites.Name)]
public sealed class SecurityNoticeTests(AccountsSite site)
{
    [Fact]
    public async Task ChangePassword_OwnAccount_MailsNoticeWithoutThePassword()
    {
        const string newPassword = "Neues-Passwort-fuer-den-Hinweis";
        var (email, browser) = await site.SignedInAsync(StaffRoles.Editor);
        var form = (await browser.GetPageAsync("/admin/account/password")).Document.FormWithField("NewPassword");

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["CurrentPassword"] = Staff.DefaultPassword,
            ["NewPassword"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var body = await site.MailBodyAsync(email, SecurityNotices.Subject);
        Assert.Contains("Passwort Ihres Kontos wurde geändert", body, StringComparison.Ordinal);
        Assert.DoesNotContain(newPassword, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoFactor_EnrolledThenResetByAdministrator_MailsANoticeForEach()
    {
        var (email, _, codes) = await site.EnrolledAccountAsync();
        var user = await site.FindUserAsync(email);
        var (_, admin) = await site.SignedInAsync(StaffRoles.Administrator);
        var users = (await admin.GetPageAsync("/admin/users")).Document;

        var reset = await users.FormPostingTo($"/admin/securitysettings/resettwofactor/{user!.Id}").PostAsync(admin, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await AuditData.EventuallyAsync(
            () => Task.FromResult(site.Messages(email).Count(m => m.Subject == SecurityNotices.Subject) == 2), "Expected two security notices.", attempts: 400);
        var bodies = site.Messages(email).Where(m => m.Subject == SecurityNotices.Subject).Select(m => m.TextBody ?? "").ToList();
        Assert.Contains(bodies, b => b.Contains("Zwei-Faktor-Anmeldung eingerichtet", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("Zwei-Faktor-Anmeldung Ihres Kontos zurückgesetzt", StringComparison.Ordinal));
        Assert.All(bodies, b => Assert.DoesNotContain(codes[0], b, StringComparison.Ordinal));
    }
}
