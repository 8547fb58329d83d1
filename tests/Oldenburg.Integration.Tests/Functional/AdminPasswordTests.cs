using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public sealed class AdminPasswordTests(SiteFactory site)
{
    [Fact]
    public async Task Password_CorrectCurrentPassword_NewPasswordSignsIn()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        Assert.True(Staff.IsSignedInRedirect(await browser.SubmitLoginAsync(email, Staff.DefaultPassword)));
        var form = (await browser.GetPageAsync("/admin/account/password")).Document.FormWithField("NewPassword");

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["CurrentPassword"] = Staff.DefaultPassword,
            ["NewPassword"] = "Neues-Passwort-fuer-2027",
            ["ConfirmPassword"] = "Neues-Passwort-fuer-2027",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)));
        Assert.True(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, "Neues-Passwort-fuer-2027")));
    }

    [Fact]
    public async Task Password_WrongCurrentPassword_ShowsErrorNextToField()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        Assert.True(Staff.IsSignedInRedirect(await browser.SubmitLoginAsync(email, Staff.DefaultPassword)));
        var form = (await browser.GetPageAsync("/admin/account/password")).Document.FormWithField("NewPassword");

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["CurrentPassword"] = "falsch-falsch-falsch",
            ["NewPassword"] = "Neues-Passwort-fuer-2027",
            ["ConfirmPassword"] = "Neues-Passwort-fuer-2027",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("nicht richtig", page.QuerySelector("#CurrentPassword-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.True(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)));
    }
}
