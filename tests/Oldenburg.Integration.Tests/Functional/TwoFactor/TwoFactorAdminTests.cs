using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional.TwoFactor;

[Collection(WritableSite.Name)]
public sealed class TwoFactorAdminTests(SiteFactory site)
{
    [Fact]
    public async Task ResetTwoFactor_ByAdministrator_UserSignsInWithPasswordOnly()
    {
        var (email, _, codes) = await site.EnrolledAccountAsync();
        var userId = await UserIdAsync(email);
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var list = await admin.GetPageAsync("/admin/users");

        var response = await ResetForm(list, userId)!.PostAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var login = await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword);
        Assert.True(Staff.IsSignedInRedirect(login));
        Assert.NotEqual(TwoFactorStaff.SecondStepPath, Staff.PathOf(login.Headers.Location!));
        Assert.Contains(await site.AuditEntriesAboutAsync(AuditLog.UsersSubject, userId), e => e.Action == AuditActions.TwoFactorReset);
        Assert.Null(ResetForm(await admin.GetPageAsync("/admin/users"), userId));

        // The old recovery codes went with the reset: a new set-up starts clean.
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.Equal(0, await users.CountRecoveryCodesAsync((await users.FindByIdAsync(userId))!));
        Assert.NotEmpty(codes);
    }

    [Fact]
    public async Task UsersList_ShowsResetOnlyForAccountsWithTwoFactor()
    {
        var (enrolled, _, _) = await site.EnrolledAccountAsync();
        var plain = await site.CreateAccountAsync();
        var admin = await site.SignedInBrowserAsync(StaffRoles.Administrator);

        var list = await admin.GetPageAsync("/admin/users");

        Assert.NotNull(ResetForm(list, await UserIdAsync(enrolled)));
        Assert.Null(ResetForm(list, await UserIdAsync(plain)));
    }

    [Fact]
    public async Task Editor_CannotReachSettingsOrReset()
    {
        var (email, _, _) = await site.EnrolledAccountAsync();
        var userId = await UserIdAsync(email);
        var editor = await site.SignedInBrowserAsync(StaffRoles.Editor);
        var token = (await editor.GetPageAsync("/admin/account/password")).Document.FormWithField("NewPassword").AntiforgeryToken!;

        var settings = await editor.GetAsync(new Uri("/admin/securitysettings", UriKind.Relative));
        var reset = await editor.PostAsync(
            new Uri($"/admin/securitysettings/resettwofactor/{userId}", UriKind.Relative),
            new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token)]));
        var require = await editor.PostAsync(
            new Uri("/admin/securitysettings", UriKind.Relative),
            new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token), new("RequireTwoFactor", "true")]));

        Assert.All([settings, reset, require], r => Assert.StartsWith("/admin/account/denied", Staff.PathOf(r.Headers.Location!), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(TwoFactorStaff.SecondStepPath, Staff.PathOf((await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)).Headers.Location!));
    }

    private static HtmlForm? ResetForm(Infrastructure.Page list, string userId) =>
        list.Document.QuerySelectorAll<IHtmlFormElement>("form")
            .Where(f => (f.GetAttribute("action") ?? "").EndsWith($"/resettwofactor/{userId}", StringComparison.OrdinalIgnoreCase))
            .Select(f => new HtmlForm(f))
            .FirstOrDefault();

    private async Task<string> UserIdAsync(string email)
    {
        using var scope = site.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email))!.Id;
    }
}
