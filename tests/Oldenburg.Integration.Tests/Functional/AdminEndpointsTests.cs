using System.Net;
using Microsoft.AspNetCore.Authorization;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>
/// Every endpoint of the staff area requires a staff role, read from the app's own routing, so a new
/// admin controller that forgets the AdminController base class fails here.
/// </summary>
[Collection(WritableSite.Name)]
public class AdminEndpointsTests(SiteFactory site)
{
    /// <summary>
    /// The only staff-area endpoints that a visitor without a staff role may reach: signing in and out,
    /// the second sign-in step (which checks its own cookie), and the pages a link in an invitation or
    /// password-reset mail opens.
    /// </summary>
    private static readonly string[] OpenToAll =
    [
        "Account.Login", "Account.Logout", "Account.Denied", "TwoFactorSignIn.Index", "TwoFactorSignIn.Recovery",
        "Invitation.Accept", "PasswordReset.Forgot", "PasswordReset.Sent", "PasswordReset.Reset",
    ];

    [Fact]
    public void Metadata_EveryAdminEndpoint_RequiresStaffRoleExceptSignInSignOutAndDenied()
    {
        var endpoints = AdminEndpoints.All(site);

        var unprotected = endpoints
            .Where(e => !OpenToAll.Contains(e.Name))
            .Where(e => !RequiresStaffRole(e))
            .Select(e => e.ToString())
            .ToList();

        Assert.True(unprotected.Count == 0, "Admin endpoints without a staff role requirement:" + Environment.NewLine + string.Join(Environment.NewLine, unprotected));
        Assert.All(OpenToAll, name => Assert.Contains(endpoints, e => e.Name == name));
        Assert.True(endpoints.Count > 40, $"Only {endpoints.Count} admin endpoints found; the walk misses some.");
    }

    [Fact]
    public async Task Request_AnonymousOnEveryStaffEndpoint_RedirectsToLogin()
    {
        var browser = site.CreateBrowser();
        var wrong = new List<string>();

        foreach (var endpoint in AdminEndpoints.All(site).Where(e => !OpenToAll.Contains(e.Name)))
        {
            foreach (var method in endpoint.HttpMethods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), endpoint.SamplePath) { Content = method == "POST" ? new FormUrlEncodedContent([]) : null };
                using var response = await browser.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Redirect || Staff.PathOf(response.Headers.Location!) != Staff.LoginPath)
                {
                    wrong.Add($"{endpoint}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(wrong.Count == 0, "Not sent to the login page:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Post_SignedInWithoutAntiforgeryTokenOnEveryAdminEndpoint_Returns400()
    {
        var browser = await site.SignedInBrowserAsync(StaffRoles.Administrator);
        var posts = AdminEndpoints.All(site).Where(e => e.HttpMethods.Contains("POST")).ToList();
        var wrong = new List<string>();

        foreach (var endpoint in posts)
        {
            using var response = await browser.PostAsync(new Uri(endpoint.SamplePath, UriKind.Relative), new FormUrlEncodedContent([new("Name", "x")]));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode}");
            }
        }

        Assert.NotEmpty(posts);
        Assert.True(wrong.Count == 0, "Accepted without an antiforgery token:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
    }

    // Strict on purpose: [Authorize] alone (any signed-in user), a policy, or [AllowAnonymous] anywhere all fail.
    private static bool RequiresStaffRole(AdminEndpoint endpoint) =>
        endpoint.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
        && endpoint.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a =>
            !string.IsNullOrWhiteSpace(a.Roles)
            && a.Roles.Split(',', StringSplitOptions.TrimEntries).All(role => StaffRoles.All.Contains(role)));
}
