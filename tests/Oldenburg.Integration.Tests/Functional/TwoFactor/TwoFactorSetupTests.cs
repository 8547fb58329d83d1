using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.TwoFactor;

[Collection(WritableSite.Name)]
public sealed class TwoFactorSetupTests(SiteFactory site)
{
    [Fact]
    public async Task Setup_Page_ShowsAccessibleInlineQrCodeAndKeyInGroupsOfFour()
    {
        var browser = await site.SignedInBrowserAsync();

        var setup = await browser.GetPageAsync(TwoFactorStaff.SetupPath);

        var svg = setup.Document.QuerySelector("svg[role='img']");
        Assert.NotNull(svg);
        Assert.Contains("QR-Code", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.NotNull(svg.QuerySelector("path"));
        var shown = setup.Document.QuerySelector("#authenticator-key")!.TextContent.Trim();
        Assert.All(shown.Split(' '), group => Assert.InRange(group.Length, 1, 4));
        Assert.Equal(32, TwoFactorStaff.KeyOn(setup).Length);
    }

    [Fact]
    public async Task Setup_WrongCode_ShowsGermanMessageAndStaysOff()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        var setup = await browser.GetPageAsync(TwoFactorStaff.SetupPath);
        var key = TwoFactorStaff.KeyOn(setup);

        var response = await setup.Document.FormWithField("Code").PostAsync(browser, new Dictionary<string, string> { ["Code"] = Totp.WrongCode(key) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Der Code stimmt nicht", page.QuerySelector("#Code-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(key, string.Concat(page.QuerySelector("#authenticator-key")!.TextContent.Where(c => !char.IsWhiteSpace(c))));
        Assert.True(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)));
        Assert.DoesNotContain(await site.AuditEntriesByAsync(email), e => e.Action == AuditActions.TwoFactorEnabled);
    }

    [Fact]
    public async Task Disable_WithPassword_PasswordAloneSignsInAgain()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        await browser.EnrolAsync();
        var form = (await browser.GetPageAsync("/admin/security/disable")).Document.FormWithField("Password");

        var wrong = await form.PostAsync(browser, new Dictionary<string, string> { ["Password"] = "falsch-falsch-falsch" });
        var right = await form.PostAsync(browser, new Dictionary<string, string> { ["Password"] = Staff.DefaultPassword });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var login = await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword);
        Assert.NotEqual(TwoFactorStaff.SecondStepPath, Staff.PathOf(login.Headers.Location!));
        Assert.True(Staff.IsSignedInRedirect(login));
        Assert.Contains(await site.AuditEntriesByAsync(email), e => e.Action == AuditActions.TwoFactorDisabled);
    }
}
