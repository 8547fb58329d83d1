using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.Users;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional.Accounts;

[Collection(AccountsSites.Name)]
public sealed class AccountManagementTests(AccountsSite site)
{
    [Fact]
    public async Task Deactivate_Account_CannotSignInAndOpenSessionEnds()
    {
        var (adminEmail, admin) = await site.SignedInAsync(StaffRoles.Administrator);
        var (email, session) = await site.SignedInAsync(StaffRoles.Editor);
        var id = (await site.FindUserAsync(email))!.Id;

        var deactivate = (await admin.GetPageAsync("/admin/users")).Document.FormPostingTo($"/admin/users/deactivate/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await deactivate.PostAsync(admin)).StatusCode);
        site.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.False(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)));
        var open = await session.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.StartsWith(Staff.LoginPath, Staff.PathOf(open.Headers.Location!), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Deaktiviert", (await admin.GetPageAsync("/admin/users")).Text, StringComparison.Ordinal);
        Assert.Contains(await site.AuditEntriesByAsync(adminEmail), e => e.Action == AuditActions.UserDeactivated && e.SubjectId == id);
    }

    [Fact]
    public async Task Reactivate_DeactivatedAccount_CanSignInAgain()
    {
        var (_, admin) = await site.SignedInAsync(StaffRoles.Administrator);
        var email = await site.CreateAccountAsync();
        var id = (await site.FindUserAsync(email))!.Id;
        await (await admin.GetPageAsync("/admin/users")).Document.FormPostingTo($"/admin/users/deactivate/{id}").PostAsync(admin);

        await (await admin.GetPageAsync("/admin/users")).Document.FormPostingTo($"/admin/users/reactivate/{id}").PostAsync(admin);

        Assert.True(Staff.IsSignedInRedirect(await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)));
    }

    [Fact]
    public async Task Edit_EditorToRestricted_StoresGrantAndEndsOpenSession()
    {
        var (adminEmail, admin) = await site.SignedInAsync(StaffRoles.Administrator);
        var (email, session) = await site.SignedInAsync(StaffRoles.Editor);
        var id = (await site.FindUserAsync(email))!.Id;
        var form = (await admin.GetPageAsync($"/admin/users/edit/{id}")).Document.FormWithField("DisplayName");

        var response = await form.PostAsync(admin, new Dictionary<string, string> { ["Role"] = StaffRoles.Restricted, ["Grants"] = "pages" });
        site.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (roles, grants) = await site.RolesAndGrantsAsync(email);
        Assert.Equal([StaffRoles.Restricted], roles);
        Assert.Equal(["pages"], grants);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        Assert.Contains(await site.AuditEntriesByAsync(adminEmail), e => e.Action == AuditActions.UserRoleChanged && e.SubjectId == id);
    }

    [Fact]
    public async Task Edit_OwnAdministratorRole_IsRefused()
    {
        var (email, admin) = await site.SignedInAsync(StaffRoles.Administrator);
        var id = (await site.FindUserAsync(email))!.Id;
        var form = (await admin.GetPageAsync($"/admin/users/edit/{id}")).Document.FormWithField("DisplayName");

        var response = await form.PostAsync(admin, new Dictionary<string, string> { ["Role"] = StaffRoles.Editor });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nicht selbst entziehen", (await Html.ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal([StaffRoles.Administrator], (await site.RolesAndGrantsAsync(email)).Roles);
    }

    [Fact]
    public async Task Deactivate_Self_IsRefused()
    {
        var (email, admin) = await site.SignedInAsync(StaffRoles.Administrator);
        var id = (await site.FindUserAsync(email))!.Id;

        await (await admin.GetPageAsync("/admin/users")).Document.FormPostingTo($"/admin/users/deactivate/{id}").PostAsync(admin);

        Assert.False(StaffAccounts.IsDeactivated((await site.FindUserAsync(email))!));
        Assert.Contains("nicht deaktivieren", (await admin.GetPageAsync("/admin/users")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_UnknownGrant_ShowsErrorAndChangesNothing()
    {
        var (_, admin) = await site.SignedInAsync(StaffRoles.Administrator);
        var email = await site.CreateAccountAsync();
        var id = (await site.FindUserAsync(email))!.Id;
        var form = (await admin.GetPageAsync($"/admin/users/edit/{id}")).Document.FormWithField("DisplayName");

        var response = await form.PostAsync(admin, new Dictionary<string, string> { ["Role"] = StaffRoles.Restricted, ["Grants"] = "users" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([StaffRoles.Editor], (await site.RolesAndGrantsAsync(email)).Roles);
    }

    [Fact]
    public async Task LastActiveAdministrator_CannotBeDeactivatedOrDemoted()
    {
        using var fresh = new SiteFactory();
        var email = await fresh.CreateAccountAsync(role: StaffRoles.Administrator);
        using var scope = fresh.Services.CreateScope();
        var admin = scope.ServiceProvider.GetRequiredService<StaffAccountAdmin>();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync(email))!;

        var deactivated = await admin.SetActiveAsync(user, active: false, actor: "jemand-anderes@example.org");
        var demoted = await admin.ChangeAsync(user, new UserEditModel { DisplayName = user.DisplayName, Role = StaffRoles.Editor }, "jemand-anderes@example.org");

        Assert.Contains("letzte aktive", deactivated, StringComparison.Ordinal);
        Assert.Contains("letzte aktive", demoted, StringComparison.Ordinal);
        Assert.False(StaffAccounts.IsDeactivated((await users.FindByEmailAsync(email))!));
        Assert.Equal([StaffRoles.Administrator], await users.GetRolesAsync(user));
    }
}
