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

    /// <summary>This site has no mail relay: the administrator sees the link once, and it works.</summary>
    [Fact]
    public async Task Invite_MailNotConfigured_ShowsLinkOnceThatCreatesTheAccount()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = Unique.Email();

        var response = await AccountFlows.InviteAsync(admin, email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("nicht eingerichtet", page.Body!.TextContent, StringComparison.Ordinal);
        var link = new Uri(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#invitation-link")!.Value);
        Assert.Equal(SiteFactory.BaseUrl, link.GetLeftPart(UriPartial.Authority));
        Assert.Contains(email, (await admin.GetPageAsync("/admin/users")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(link.Query, (await admin.GetPageAsync("/admin/users")).Raw, StringComparison.Ordinal);
        var (_, post) = await AccountFlows.AcceptAsync(site.CreateBrowser(), link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, post!.StatusCode);
        var login = await site.CreateBrowser().SubmitLoginAsync(email, AccountFlows.NewPassword);
        Assert.True(Staff.IsSignedInRedirect(login));
    }

    [Fact]
    public async Task Invite_ExistingAccount_ShowsErrorAndInvitesNobody()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = await site.CreateAccountAsync();

        var response = await AccountFlows.InviteAsync(admin, email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("schon ein Konto", page.QuerySelector("#Email-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#invitation-link"));
    }

    [Fact]
    public async Task Users_List_ShowsRoleStatusAndTwoFactorColumns()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        await site.CreateAccountAsync(role: StaffRoles.Restricted);

        var page = await admin.GetPageAsync("/admin/users");

        var headers = page.Document.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Zwei-Faktor", headers);
        Assert.Contains("Status", headers);
        Assert.Contains(StaffRoles.German(StaffRoles.Restricted), page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivate_Account_CanNoLongerSignIn()
    {
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var email = await site.CreateAccountAsync();
        var id = await UserIdAsync(email);
        var list = await admin.GetPageAsync("/admin/users");

        var response = await list.Document.FormPostingTo("/deactivate/" + id).PostAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var login = await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword);
        Assert.False(Staff.IsSignedInRedirect(login));
    }

    private async Task<string> UserIdAsync(string email)
    {
        using var scope = site.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email);
        return user!.Id;
    }
}
