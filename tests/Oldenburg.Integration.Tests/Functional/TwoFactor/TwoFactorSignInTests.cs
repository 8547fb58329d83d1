using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.TwoFactor;

[Collection(WritableSite.Name)]
public sealed class TwoFactorSignInTests(SiteFactory site)
{
    [Fact]
    public async Task SignIn_Enrolled_PasswordAloneDoesNotSignIn()
    {
        var (email, _, _) = await site.EnrolledAccountAsync();
        var browser = site.CreateBrowser();

        var login = await browser.SubmitLoginAsync(email, Staff.DefaultPassword);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(TwoFactorStaff.SecondStepPath, Staff.PathOf(login.Headers.Location!), ignoreCase: true);
        var dashboard = await browser.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(Staff.LoginPath, Staff.PathOf(dashboard.Headers.Location!), ignoreCase: true);
    }

    [Fact]
    public async Task SecondStep_WrongCodeThenRightCode_RefusesThenSignsIn()
    {
        var (email, key, _) = await site.EnrolledAccountAsync();
        var browser = site.CreateBrowser();
        var wrongCode = Totp.WrongCode(key);

        var wrong = await browser.SignInWithCodeAsync(email, wrongCode);

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var page = await Html.ParseAsync(wrong);
        Assert.Contains("Code ist nicht richtig", page.QuerySelector("#Code-error")?.TextContent ?? "", StringComparison.Ordinal);
        var failed = (await site.AuditEntriesByAsync(email)).Where(e => e.Action == AuditActions.TwoFactorFailed).ToList();
        Assert.Single(failed);
        Assert.DoesNotContain(wrongCode, failed[0].Details ?? "", StringComparison.Ordinal);

        // One step ahead: the enrolment used the current one.
        var right = await page.FormWithField("Code").PostAsync(browser, new Dictionary<string, string> { ["Code"] = Totp.Code(key, 1) });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        Assert.Contains(await site.AuditEntriesByAsync(email), e => e.Action == AuditActions.SignIn);
    }

    [Fact]
    public async Task SecondStep_ReturnUrl_LeadsBackToTheAdminPage()
    {
        var (email, key, _) = await site.EnrolledAccountAsync();
        var browser = site.CreateBrowser();
        var login = (await browser.GetPageAsync(Staff.LoginPath + "?returnUrl=%2Fadmin%2Fpages")).Document.FormWithField("Password");
        var first = await login.PostAsync(browser, new Dictionary<string, string> { ["Email"] = email, ["Password"] = Staff.DefaultPassword });
        var step = await browser.GetPageAsync(first.Headers.Location!.OriginalString);

        var response = await step.Document.FormWithField("Code").PostAsync(browser, new Dictionary<string, string> { ["Code"] = Totp.Code(key, 1) });

        Assert.Equal("/admin/pages", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SecondStep_WithoutPasswordStep_RedirectsToLogin()
    {
        var response = await site.CreateBrowser().GetAsync(new Uri(TwoFactorStaff.SecondStepPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Staff.LoginPath, Staff.PathOf(response.Headers.Location!), ignoreCase: true);
    }

    [Fact]
    public async Task SecondStep_FiveWrongCodes_LocksTheAccount()
    {
        var (email, key, _) = await site.EnrolledAccountAsync();
        var browser = site.CreateBrowser();
        var response = await browser.SignInWithCodeAsync(email, Totp.WrongCode(key));
        for (var i = 0; i < 4; i++)
        {
            response = await (await Html.ParseAsync(response)).FormWithField("Code").PostAsync(browser, new Dictionary<string, string> { ["Code"] = Totp.WrongCode(key) });
        }

        var last = await (await Html.ParseAsync(response)).FormWithField("Code").PostAsync(browser, new Dictionary<string, string> { ["Code"] = Totp.Code(key, 1) });

        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Contains("gesperrt", (await Html.ParseAsync(last)).QuerySelector("#Code-error")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoFactorCookie_IsScopedLikeTheStaffCookie()
    {
        var (email, _, _) = await site.EnrolledAccountAsync();

        var login = await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword);

        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("oi.staff.2fa=", StringComparison.Ordinal));
        Assert.Contains("path=/admin", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
