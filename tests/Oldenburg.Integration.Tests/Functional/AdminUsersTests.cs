using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public sealed class AdminUsersTests(SiteFactory site)
{
    [Fact]
    public async Task Users_Editor_IsSentToAccessDenied()
    {
        var editor = await site.SignedInBrowserAsync(StaffRoles.Editor);

        var response = await editor.GetAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/denied", Staff.PathOf(response.Headers.Location!), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Create_ByAdministrator_NewEditorCanSignIn()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = Unique.Email();
        var form = (await admin.GetPageAsync("/admin/users/create")).Document.FormWithField("Email");

        var response = await form.PostAsync(admin, new Dictionary<string, string>
        {
            ["DisplayName"] = "Neue Redakteurin",
            ["Email"] = email,
            ["Password"] = "Ein-langes-Passwort-2026",
            ["Role"] = StaffRoles.Editor,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.GetPageAsync("/admin/users");
        Assert.Contains(email, list.Text, StringComparison.Ordinal);
        var login = await site.CreateBrowser().SubmitLoginAsync(email, "Ein-langes-Passwort-2026");
        Assert.True(Staff.IsSignedInRedirect(login));
    }

    [Fact]
    public async Task Create_ShortPassword_ShowsErrorAndCreatesNothing()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = Unique.Email();
        var form = (await admin.GetPageAsync("/admin/users/create")).Document.FormWithField("Email");

        var response = await form.PostAsync(admin, new Dictionary<string, string>
        {
            ["DisplayName"] = "Zu kurz",
            ["Email"] = email,
            ["Password"] = "kurz",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("mindestens 12 Zeichen", page.QuerySelector("#Password-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.False(await AccountExistsAsync(email));
    }

    [Fact]
    public async Task Lock_Account_CanNoLongerSignIn()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = await site.CreateAccountAsync();
        var id = await UserIdAsync(email);
        var list = await admin.GetPageAsync("/admin/users");
        var lockForm = new HtmlForm(list.Document.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlFormElement>("form")
            .Single(f => (f.GetAttribute("action") ?? "").EndsWith("/lock/" + id, StringComparison.OrdinalIgnoreCase)));

        var response = await lockForm.PostAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var login = await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword);
        Assert.False(Staff.IsSignedInRedirect(login));
    }

    private async Task<bool> AccountExistsAsync(string email)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email) is not null;
    }

    private async Task<string> UserIdAsync(string email)
    {
        using var scope = site.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email);
        return user!.Id;
    }
}
