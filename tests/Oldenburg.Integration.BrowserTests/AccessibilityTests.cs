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
        // The first visit that the size and font checks share; it fails here too when anything leaves the machine.
        var visit = await FirstVisit.OfAsync(fixture, path, status);

        Assert.True(visit.Violations.Count == 0, AxeAudit.Describe(path, visit.Violations));
    }
}
