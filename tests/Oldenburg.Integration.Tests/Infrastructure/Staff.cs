using System.Net;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Staff accounts for tests: created through the app's own service, signed in through the real login form.</summary>
public static class Staff
{
    public const string LoginPath = "/admin/account/login";
    public const string DefaultPassword = "Test-Password-2026";

    public static async Task<string> CreateAccountAsync(
        this SiteFactory factory,
        string? email = null,
        string password = DefaultPassword,
        string role = StaffRoles.Editor)
    {
        email ??= Unique.Email();
        using var scope = factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(email, "Test Staff", password, role);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them, like a test browser.</summary>
    public static HttpClient CreateBrowser(this SiteFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = factory.ClientOptions.BaseAddress });

    /// <summary>Fills and posts the login form; returns the response to the POST.</summary>
    public static async Task<HttpResponseMessage> SubmitLoginAsync(this HttpClient browser, string email, string password)
    {
        var page = await browser.GetPageAsync(LoginPath);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = page.Document.FormWithField("Password");
        return await form.PostAsync(browser, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>A new account of <paramref name="role"/>, signed in on a fresh browser.</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(this SiteFactory factory, string role = StaffRoles.Editor)
    {
        var email = await factory.CreateAccountAsync(role: role);
        var browser = factory.CreateBrowser();
        var response = await browser.SubmitLoginAsync(email, DefaultPassword);
        Assert.True(IsSignedInRedirect(response), $"Sign-in failed: {(int)response.StatusCode} {response.Headers.Location}");
        return browser;
    }

    /// <summary>A successful sign-in redirects away from the login page; a failed one re-renders it.</summary>
    public static bool IsSignedInRedirect(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found
        && response.Headers.Location is { } location
        && !PathOf(location).StartsWith(LoginPath, StringComparison.OrdinalIgnoreCase);

    public static string PathOf(Uri location) =>
        location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
}
