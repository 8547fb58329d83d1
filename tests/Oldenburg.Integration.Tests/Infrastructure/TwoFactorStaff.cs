using System.Net;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Two-factor sign-in for tests, through the real set-up page and the real second step.</summary>
public static class TwoFactorStaff
{
    public const string SetupPath = "/admin/security/setup";
    public const string SecondStepPath = "/admin/twofactorsignin";
    public const string RecoveryPath = "/admin/twofactorsignin/recovery";

    /// <summary>Enrols the signed-in browser's account; returns the key read from the page and the recovery codes shown once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(this HttpClient browser)
    {
        var setup = await browser.GetPageAsync(SetupPath);
        Assert.Equal(HttpStatusCode.OK, setup.Status);
        var key = KeyOn(setup);
        var response = await setup.Document.FormWithField("Code").PostAsync(browser, new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (key, RecoveryCodesOn(await Html.ParseAsync(response)));
    }

    public static string KeyOn(Page setup)
    {
        var shown = setup.Document.QuerySelector("#authenticator-key")?.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(shown), "The set-up page shows no key as text.");
        return string.Concat(shown.Where(c => !char.IsWhiteSpace(c)));
    }

    public static IReadOnlyList<string> RecoveryCodesOn(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent.Trim())];

    /// <summary>A new account of the given role that has 2FA set up; returns its address and key.</summary>
    public static async Task<(string Email, string Key, IReadOnlyList<string> RecoveryCodes)> EnrolledAccountAsync(this SiteFactory site, string role = Web.Infrastructure.Identity.StaffRoles.Editor)
    {
        var email = await site.CreateAccountAsync(role: role);
        var browser = site.CreateBrowser();
        Assert.True(Staff.IsSignedInRedirect(await browser.SubmitLoginAsync(email, Staff.DefaultPassword)));
        var (key, codes) = await browser.EnrolAsync();
        return (email, key, codes);
    }

    /// <summary>Posts the password, then the given code on the second step (or the recovery page); returns the second POST's response.</summary>
    public static async Task<HttpResponseMessage> SignInWithCodeAsync(this HttpClient browser, string email, string code, bool recovery = false)
    {
        var first = await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        Assert.Equal(SecondStepPath, Staff.PathOf(first.Headers.Location!), ignoreCase: true);
        var page = await browser.GetPageAsync(recovery ? RecoveryPath : SecondStepPath);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await page.Document.FormWithField("Code").PostAsync(browser, new Dictionary<string, string> { ["Code"] = code });
    }
}
