using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>axe-core finds nothing on the staff area's pages, signed in and anonymous.</summary>
[Collection(BrowserSuite.Name)]
public sealed class StaffAccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [MemberData(nameof(SitePages.AdminAnonymousPageData), MemberType = typeof(SitePages))]
    public async Task Audit_AdminAnonymousPage_HasNoViolations(string path)
    {
        await using var session = await fixture.NewSessionAsync();
        await session.GotoAsync(path);

        await AxeAudit.AssertNoViolationsAsync(session.Page);
        session.Guard.AssertNothingLeftTheMachine();
    }

    [Fact]
    public async Task Audit_AdminEditPagesSignedIn_HaveNoViolations()
    {
        // The two-factor set-up renews the account's security stamp, which ends the stored sign-in that the
        // other pages use; it is audited after them, alone.
        var pages = SitePages.AdminEditPageKinds().ToList();
        var renewsSignIn = pages.Where(p => p.StartsWith(SitePages.TwoFactorSetup, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(renewsSignIn);

        await AxeAudit.AssertPagesHaveNoViolationsAsync(pages.Except(renewsSignIn), fixture.OpenAsStaffAsync);
        await AxeAudit.AssertPagesHaveNoViolationsAsync(renewsSignIn, fixture.OpenAsStaffAsync);
    }

    /// <summary>The edit page's address holds an account id, which only the running site knows.</summary>
    [Fact]
    public async Task Audit_AdminUserEditPage_HasNoViolations()
    {
        await using var session = await fixture.OpenAsStaffAsync("/admin/users");
        var edit = await session.Page.Locator("a[href*='/admin/users/edit/']").First.GetAttributeAsync("href");
        await session.GotoAsync(edit!);

        await AxeAudit.AssertNoViolationsAsync(session.Page);
        session.Guard.AssertNothingLeftTheMachine();
    }
}
