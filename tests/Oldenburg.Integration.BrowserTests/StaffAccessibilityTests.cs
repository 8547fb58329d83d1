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

    [Theory]
    [MemberData(nameof(SitePages.AdminEditPageData), MemberType = typeof(SitePages))]
    public async Task Audit_AdminEditPageSignedIn_HasNoViolations(string path)
    {
        await using var session = await fixture.OpenAsStaffAsync(path);

        await AxeAudit.AssertNoViolationsAsync(session.Page);
        session.Guard.AssertNothingLeftTheMachine();
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
