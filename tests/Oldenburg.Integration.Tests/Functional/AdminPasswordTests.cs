using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public sealed class AdminPasswordTests(SiteFactory site)
{
    [Fact]
    public async Task Password_CorrectCurrentPassword_NewPasswordSignsIn()
    {
        var email = await site.CreateAccountAsync();

        var response = await ChangePasswordAsync(email, Staff.DefaultPassword, "Neues-Passwort-fuer-2027");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)));
        Assert.True(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, "Neues-Passwort-fuer-2027")));
    }

    [Fact]
    public async Task Password_WrongCurrentPassword_ShowsErrorNextToField()
    {
        var email = await site.CreateAccountAsync();

        var response = await ChangePasswordAsync(email, "falsch-falsch-falsch", "Neues-Passwort-fuer-2027");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("nicht richtig", page.QuerySelector("#CurrentPassword-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.True(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)));
    }

    [Fact]
    public async Task Password_NewPasswordOnCommonList_ShowsGermanMessageNextToField()
    {
        var email = await site.CreateAccountAsync();

        var response = await ChangePasswordAsync(email, Staff.DefaultPassword, "qwertyuiop123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(IdentityMessages.TooCommon, page.QuerySelector("#NewPassword-error")?.NormalizedText());
        Assert.True(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)));
    }

    /// <summary>Signs in with the default password and posts the change-password form.</summary>
    private async Task<HttpResponseMessage> ChangePasswordAsync(string email, string currentPassword, string newPassword)
    {
        var browser = site.CreateBrowser();
        Assert.True(Staff.IsSignedInRedirect(await browser.SubmitLoginAsync(email, Staff.DefaultPassword)));
        var form = (await browser.GetPageAsync("/admin/account/password")).Document.FormWithField("NewPassword");
        return await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["CurrentPassword"] = currentPassword,
            ["NewPassword"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        });
    }
}
