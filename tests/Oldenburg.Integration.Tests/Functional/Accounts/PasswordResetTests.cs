using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional.Accounts;

[Collection(AccountsSites.Name)]
public sealed class PasswordResetTests(AccountsSite site)
{
    private const string Subject = "Passwort zurücksetzen";

    [Fact]
    public async Task Login_Page_LinksToForgotPassword()
    {
        var page = await site.CreateBrowser().GetPageAsync(Staff.LoginPath);

        var link = page.Document.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Passwort vergessen?", StringComparison.Ordinal));
        Assert.Equal("/admin/passwordreset/forgot", link.GetAttribute("href"), ignoreCase: true);
    }

    [Fact]
    public async Task Forgot_ExistingAndUnknownAddress_AnswerIdenticallyAndOnlyExistingGetsMail()
    {
        var existing = await site.CreateAccountAsync();
        var unknown = Unique.Email("nobody");

        var unknownResponse = await AccountFlows.RequestResetAsync(site.CreateBrowser(), unknown);
        var existingResponse = await AccountFlows.RequestResetAsync(site.CreateBrowser(), existing);

        Assert.Equal(HttpStatusCode.Redirect, existingResponse.StatusCode);
        Assert.Equal(existingResponse.StatusCode, unknownResponse.StatusCode);
        Assert.Equal(existingResponse.Headers.Location, unknownResponse.Headers.Location);
        var sentForUnknown = await site.CreateBrowser().GetPageAsync(unknownResponse.Headers.Location!.OriginalString);
        var sentForExisting = await site.CreateBrowser().GetPageAsync(existingResponse.Headers.Location!.OriginalString);
        Assert.Equal(sentForExisting.Document.QuerySelector("main")!.TextContent, sentForUnknown.Document.QuerySelector("main")!.TextContent);

        // Mail leaves in order: once the second request's mail is there, the first one's would be too.
        await site.MailBodyAsync(existing, Subject);
        Assert.Empty(site.Messages(unknown));
        Assert.Contains(await site.AuditEntriesByAsync(existing), e => e.Action == AuditActions.PasswordResetRequested);
        Assert.False(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Actor == unknown || e.Subject.Contains(unknown) || (e.Details != null && e.Details.Contains(unknown)))));
    }

    [Fact]
    public async Task Reset_MailedLink_WorksOnce()
    {
        var email = await site.CreateAccountAsync();
        await AccountFlows.RequestResetAsync(site.CreateBrowser(), email);
        var link = AccountsSite.LinkIn(await site.MailBodyAsync(email, Subject));
        var browser = site.CreateBrowser();
        var form = (await browser.GetPageAsync(link)).Document.FormWithField("NewPassword");

        var first = await form.PostAsync(browser, new Dictionary<string, string> { ["NewPassword"] = AccountFlows.NewPassword, ["ConfirmPassword"] = AccountFlows.NewPassword });
        var second = await form.PostAsync(browser, new Dictionary<string, string> { ["NewPassword"] = "Ein-drittes-Passwort-2026", ["ConfirmPassword"] = "Ein-drittes-Passwort-2026" });
        var reopened = await browser.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("schon benutzt", (await Html.ParseAsync(second)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("schon benutzt", reopened.Text, StringComparison.Ordinal);
        Assert.True(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, AccountFlows.NewPassword)));
        Assert.False(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)));
        Assert.Contains(await site.AuditEntriesByAsync(email), e => e.Action == AuditActions.PasswordReset);
    }

    /// <summary>
    /// Identity's token provider reads the system clock, not the app's TimeProvider, so this site
    /// gets a two-second lifetime (Accounts:PasswordResetLifetime) and the test waits it out.
    /// </summary>
    [Fact]
    public async Task Reset_ExpiredToken_IsRefused()
    {
        using var shortLived = SiteFactory.Create(new Dictionary<string, string?> { ["Accounts:PasswordResetLifetime"] = "00:00:02" });
        var email = await shortLived.CreateAccountAsync();
        string link;
        using (var scope = shortLived.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            link = new Uri(scope.ServiceProvider.GetRequiredService<PasswordResetMail>().Link(user, await users.GeneratePasswordResetTokenAsync(user))).PathAndQuery;
        }

        var browser = shortLived.CreateBrowser();
        var form = (await browser.GetPageAsync(link)).Document.FormWithField("NewPassword");

        await Task.Delay(TimeSpan.FromSeconds(3));
        var page = await browser.GetPageAsync(link);
        var post = await form.PostAsync(browser, new Dictionary<string, string> { ["NewPassword"] = AccountFlows.NewPassword, ["ConfirmPassword"] = AccountFlows.NewPassword });

        Assert.Contains("abgelaufen", page.Text, StringComparison.Ordinal);
        Assert.Contains("abgelaufen", (await Html.ParseAsync(post)).Body!.TextContent, StringComparison.Ordinal);
        Assert.True(Staff.IsSignedInRedirect(await shortLived.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)));
    }

    [Theory]
    [InlineData("/admin/passwordreset/reset")]
    [InlineData("/admin/passwordreset/reset/unbekannt?token=abc")]
    public async Task Reset_InvalidLink_ShowsMessage(string path)
    {
        var page = await site.CreateBrowser().GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Passwort vergessen?", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("input[name=NewPassword]"));
    }

    [Fact]
    public async Task Forgot_DeactivatedAccount_GetsNoMail()
    {
        var (_, admin) = await site.SignedInAsync(StaffRoles.Administrator);
        var email = await site.CreateAccountAsync();
        var user = await site.FindUserAsync(email);
        await (await admin.GetPageAsync("/admin/users")).Document.FormPostingTo($"/admin/users/deactivate/{user!.Id}").PostAsync(admin);
        var marker = await site.CreateAccountAsync();

        await AccountFlows.RequestResetAsync(site.CreateBrowser(), email);
        await AccountFlows.RequestResetAsync(site.CreateBrowser(), marker);

        await site.MailBodyAsync(marker, Subject);
        Assert.Empty(site.Messages(email));
    }
}
