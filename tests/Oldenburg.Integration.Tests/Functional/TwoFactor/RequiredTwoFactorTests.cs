using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional.TwoFactor;

/// <summary>Its own site: requiring 2FA changes what every other test's fresh account may do.</summary>
[CollectionDefinition(Name)]
public sealed class RequiredTwoFactorSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "Required 2FA site";
}

[Collection(RequiredTwoFactorSite.Name)]
public sealed class RequiredTwoFactorTests(SiteFactory site)
{
    /// <summary>
    /// The own account's pages, the sign-in steps and the pages mailed links open (no sign-in needed);
    /// everything else waits for the set-up.
    /// </summary>
    private static readonly string[] OpenControllers = ["Account", "Security", "TwoFactorSignIn", "Invitation", "PasswordReset"];

    [Fact]
    public async Task Required_NotEnrolled_EveryOtherAdminGetRedirectsToSetup()
    {
        await RequireAsync(true);
        var browser = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var gets = AdminEndpoints.All(site)
            .Where(e => e.HttpMethods.Contains("GET") && !OpenControllers.Contains(e.Name.Split('.')[0]))
            .ToList();
        var wrong = new List<string>();

        foreach (var endpoint in gets)
        {
            using var response = await browser.GetAsync(new Uri(endpoint.SamplePath, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.Redirect || Staff.PathOf(response.Headers.Location!) != TwoFactorStaff.SetupPath)
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(gets.Count > 30, $"Only {gets.Count} admin GET endpoints found.");
        Assert.True(wrong.Count == 0, "Not sent to the 2FA set-up:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri(TwoFactorStaff.SetupPath, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/admin/security", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/admin/account/password", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Required_NotEnrolled_EveryOtherAdminPostRedirectsToSetupBeforeTheAction()
    {
        await RequireAsync(true);
        var browser = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var token = (await browser.GetPageAsync("/admin/account/password")).Document.FormWithField("NewPassword").AntiforgeryToken!;
        var posts = AdminEndpoints.All(site)
            .Where(e => e.HttpMethods.Contains("POST") && !OpenControllers.Contains(e.Name.Split('.')[0]))
            .ToList();
        var wrong = new List<string>();

        foreach (var endpoint in posts)
        {
            using var response = await browser.PostAsync(
                new Uri(endpoint.SamplePath, UriKind.Relative), new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token)]));
            if (response.StatusCode != HttpStatusCode.Redirect || Staff.PathOf(response.Headers.Location!) != TwoFactorStaff.SetupPath)
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(posts.Count > 20, $"Only {posts.Count} admin POST endpoints found.");
        Assert.True(wrong.Count == 0, "Not sent to the 2FA set-up:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Required_SignInWithoutTwoFactor_LandsOnSetupAndAfterEnrolmentEverythingOpens()
    {
        await RequireAsync(true);
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();

        var login = await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        var dashboard = await browser.GetAsync(login.Headers.Location);
        Assert.Equal(TwoFactorStaff.SetupPath, Staff.PathOf(dashboard.Headers.Location!));
        var setup = await browser.GetPageAsync(TwoFactorStaff.SetupPath);
        Assert.Contains("Pflicht", setup.Text, StringComparison.Ordinal);

        await browser.EnrolAsync();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/admin/offers", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Required_Disable_IsRefused()
    {
        await RequireAsync(true);
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        await browser.EnrolAsync();
        var token = (await browser.GetPageAsync("/admin/account/password")).Document.FormWithField("NewPassword").AntiforgeryToken!;

        var response = await browser.PostAsync(
            new Uri("/admin/security/disable", UriKind.Relative),
            new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token), new("Password", Staff.DefaultPassword)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TwoFactorStaff.SecondStepPath, Staff.PathOf((await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword)).Headers.Location!));
        Assert.DoesNotContain(await site.AuditEntriesByAsync(email), e => e.Action == AuditActions.TwoFactorDisabled);
    }

    [Fact]
    public async Task Requirement_SwitchedOffAndOn_IsAuditedAndTakesEffectAtOnce()
    {
        await RequireAsync(true);
        var editor = await site.SignedInBrowserAsync();
        Assert.Equal(TwoFactorStaff.SetupPath, Staff.PathOf((await editor.GetAsync(new Uri("/admin/offers", UriKind.Relative))).Headers.Location!));

        var admin = await RequireAsync(false);

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri("/admin/offers", UriKind.Relative))).StatusCode);
        var entries = await site.AuditEntriesByAsync(admin);
        Assert.Contains(entries, e => e.Action == AuditActions.TwoFactorRequirementLifted);
        await RequireAsync(true);
        Assert.Equal(TwoFactorStaff.SetupPath, Staff.PathOf((await editor.GetAsync(new Uri("/admin/offers", UriKind.Relative))).Headers.Location!));
    }

    /// <summary>Switches the requirement through the settings page as an enrolled administrator; returns that administrator's address.</summary>
    private async Task<string> RequireAsync(bool required)
    {
        var email = await site.CreateAccountAsync(role: StaffRoles.Administrator);
        var admin = site.CreateBrowser();
        await admin.SubmitLoginAsync(email, Staff.DefaultPassword);
        var settings = await admin.GetPageAsync("/admin/securitysettings");
        if (settings.Status == HttpStatusCode.Redirect)
        {
            // Required already: this administrator sets up 2FA first, as anyone would have to.
            await admin.EnrolAsync();
            settings = await admin.GetPageAsync("/admin/securitysettings");
        }

        Assert.Equal(HttpStatusCode.OK, settings.Status);
        var form = settings.Document.FormWithField("RequireTwoFactor");
        var response = await form.PostAsync(admin, new Dictionary<string, string> { ["RequireTwoFactor"] = required ? "true" : "false" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return email;
    }
}
