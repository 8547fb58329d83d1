using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>axe-core finds nothing on any page, in German (left to right) and Arabic (right to left).</summary>
[Collection(BrowserSuite.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [MemberData(nameof(SitePages.PublicPages), MemberType = typeof(SitePages))]
    public async Task Audit_PublicPage_HasNoViolations(string path, int status)
    {
        await using var session = await fixture.NewSessionAsync();
        await session.GotoAsync(path, status);

        await AxeAudit.AssertNoViolationsAsync(session.Page);
        session.Guard.AssertNothingLeftTheMachine();
    }
}
