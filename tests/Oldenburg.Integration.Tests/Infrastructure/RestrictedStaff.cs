using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Restricted staff accounts: the role plus one grant claim per content type, as the account pages store them.</summary>
public static class RestrictedStaff
{
    public static async Task<string> CreateRestrictedAccountAsync(this SiteFactory site, params string[] grants)
    {
        var email = await site.CreateAccountAsync(role: StaffRoles.Restricted);
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByEmailAsync(email);
        var result = await users.AddClaimsAsync(user!, grants.Select(g => new Claim(StaffClaims.ContentGrant, g)));
        Assert.True(result.Succeeded);
        return email;
    }

    public static async Task<HttpClient> SignedInRestrictedAsync(this SiteFactory site, params string[] grants)
    {
        var email = await site.CreateRestrictedAccountAsync(grants);
        var browser = site.CreateBrowser();
        var response = await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        Assert.True(Staff.IsSignedInRedirect(response), $"Sign-in failed: {(int)response.StatusCode} {response.Headers.Location}");
        return browser;
    }

    /// <summary>Refused by the grant check: the cookie handler sends a signed-in person to the denied page.</summary>
    public static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.Redirect
        && response.Headers.Location is { } location
        && Staff.PathOf(location) == "/admin/account/denied";
}
