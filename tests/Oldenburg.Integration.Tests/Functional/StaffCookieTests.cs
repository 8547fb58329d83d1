using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Outside Development the sign-in cookie never travels over plain http.</summary>
[Collection(WritableSite.Name)]
public class StaffCookieTests(SiteFactory site)
{
    [Fact]
    public async Task SignIn_OutsideDevelopment_SetsSecureHttpOnlyCookie()
    {
        var email = await site.CreateAccountAsync();
        using var browser = site.CreateBrowser();

        var response = await browser.SubmitLoginAsync(email, Staff.DefaultPassword);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("oi.staff=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
