using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.BrowserTests.Infrastructure;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>
/// axe-core on the 2FA pages that a plain GET cannot reach: the second sign-in step (only after a
/// correct password) and the recovery codes (only in the answer to the set-up form).
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class TwoFactorAccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Audit_SecondStepAndRecoveryPages_HaveNoViolations()
    {
        var email = await CreateAccountAsync(enrolled: true);
        await using var session = await fixture.NewSessionAsync();
        await session.SignInAsync(email, fixture.StaffPassword);
        Assert.Equal("/admin/twofactorsignin", new Uri(session.Page.Url).AbsolutePath);
        await AxeAudit.AssertNoViolationsAsync(session.Page);

        // The error state: a wrong code shows the error summary and the message at the field.
        await session.Page.GetByLabel("Code").FillAsync("000000");
        await session.Page.Locator("form:has(input[name='Code']) [type='submit']").ClickAsync();
        await session.Page.Locator(".error-summary").WaitForAsync();
        await AxeAudit.AssertNoViolationsAsync(session.Page);

        await session.GotoAsync("/admin/twofactorsignin/recovery");
        await AxeAudit.AssertNoViolationsAsync(session.Page);
        session.Guard.AssertNothingLeftTheMachine();
    }

    [Fact]
    public async Task Audit_RecoveryCodesAfterSetup_HasNoViolations()
    {
        var email = await CreateAccountAsync(enrolled: false);
        await using var session = await fixture.NewSessionAsync();
        await session.SignInAsync(email, fixture.StaffPassword);
        await session.GotoAsync("/admin/security/setup");
        var key = await session.Page.Locator("#authenticator-key").InnerTextAsync();

        await session.Page.GetByLabel("Code aus der App").FillAsync(Totp.Code(key));
        await session.Page.Locator("form:has(input[name='Code']) [type='submit']").ClickAsync();
        await session.Page.Locator("#recovery-codes").WaitForAsync();

        Assert.Equal(10, await session.Page.Locator("#recovery-codes code").CountAsync());
        await AxeAudit.AssertNoViolationsAsync(session.Page);
        session.Guard.AssertNothingLeftTheMachine();
    }

    private async Task<string> CreateAccountAsync(bool enrolled)
    {
        var email = $"zwei-faktor-{Guid.NewGuid():N}@example.org";
        using var scope = fixture.Site.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(email, "Zwei Faktor", fixture.StaffPassword, StaffRoles.Editor);
        Assert.True(result.Succeeded);
        if (enrolled)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return email;
    }
}
