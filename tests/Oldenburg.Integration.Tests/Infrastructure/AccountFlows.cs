using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>The account lifecycle through its real forms: invite, accept, request a reset.</summary>
public static class AccountFlows
{
    public const string NewPassword = "Ein-ganz-neues-Passwort-2026";

    /// <summary>Posts the invitation form as <paramref name="admin"/>; returns the response to the POST.</summary>
    public static async Task<HttpResponseMessage> InviteAsync(HttpClient admin, string email, string role = StaffRoles.Editor, string? grant = null)
    {
        var form = (await admin.GetPageAsync("/admin/invitations/create")).Document.FormWithField("Email");
        var fields = new Dictionary<string, string> { ["DisplayName"] = "Eingeladene Person", ["Email"] = email, ["Role"] = role };
        if (grant is not null)
        {
            fields["Grants"] = grant;
        }

        return await form.PostAsync(admin, fields);
    }

    /// <summary>Opens the link and sets the password; returns the response to the POST, or the GET's when it shows no form.</summary>
    public static async Task<(Page Page, HttpResponseMessage? Post)> AcceptAsync(HttpClient browser, string link, string password = NewPassword)
    {
        var page = await browser.GetPageAsync(link);
        if (page.Document.QuerySelector("input[name=NewPassword]") is null)
        {
            return (page, null);
        }

        var post = await page.Document.FormWithField("NewPassword").PostAsync(
            browser, new Dictionary<string, string> { ["NewPassword"] = password, ["ConfirmPassword"] = password });
        return (page, post);
    }

    /// <summary>A new account of <paramref name="role"/> signed in on a fresh browser, with its sign-in name.</summary>
    public static async Task<(string Email, HttpClient Browser)> SignedInAsync(this SiteFactory site, string role)
    {
        var email = await site.CreateAccountAsync(role: role);
        var browser = site.CreateBrowser();
        Assert.True(Staff.IsSignedInRedirect(await browser.SubmitLoginAsync(email, Staff.DefaultPassword)));
        return (email, browser);
    }

    /// <summary>The one form on the page whose action ends with <paramref name="path"/>.</summary>
    public static HtmlForm FormPostingTo(this IDocument document, string path) =>
        new(document.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlFormElement>("form")
            .Single(f => (f.GetAttribute("action") ?? "").EndsWith(path, StringComparison.OrdinalIgnoreCase)));

    public static async Task<HttpResponseMessage> RequestResetAsync(HttpClient browser, string email)
    {
        var form = (await browser.GetPageAsync("/admin/passwordreset/forgot")).Document.FormWithField("Email");
        return await form.PostAsync(browser, new Dictionary<string, string> { ["Email"] = email });
    }

    public static async Task<StaffUser?> FindUserAsync(this SiteFactory site, string email)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email);
    }

    public static async Task<(IList<string> Roles, IList<string> Grants)> RolesAndGrantsAsync(this SiteFactory site, string email)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("No account for " + email);
        var claims = await users.GetClaimsAsync(user);
        return (await users.GetRolesAsync(user), [.. claims.Where(c => c.Type == StaffClaims.ContentGrant).Select(c => c.Value)]);
    }

    public static async Task<int> InvitationIdAsync(this SiteFactory site, string email)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.StaffInvitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync();
    }
}
