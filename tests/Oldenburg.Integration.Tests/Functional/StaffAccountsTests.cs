using Microsoft.Extensions.DependencyInjection;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public class StaffAccountsTests(SiteFactory site)
{
    [Fact]
    public async Task CreateAsync_ValidAccount_CreatesUserInRole()
    {
        var email = Unique.Email("admin");
        using var scope = site.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();

        var result = await accounts.CreateAsync(email, "Admin", "Long-enough-pass-1", StaffRoles.Administrator);

        Assert.True(result.Succeeded);
        Assert.True(await accounts.ExistsAsync(email));
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, StaffRoles.Administrator));
    }

    [Fact]
    public async Task CreateAsync_PasswordShorterThanTwelve_FailsAndCreatesNothing()
    {
        var email = Unique.Email("short");
        using var scope = site.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();

        var result = await accounts.CreateAsync(email, "Short", "Short-pw-1", StaffRoles.Administrator);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooShort");
        Assert.False(await accounts.ExistsAsync(email));
    }

    [Fact]
    public async Task CreateAsync_EmailExists_FailsAsDuplicate()
    {
        var email = Unique.Email("dup");
        using var scope = site.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        Assert.True((await accounts.CreateAsync(email, "First", "Long-enough-pass-1", StaffRoles.Editor)).Succeeded);

        var result = await accounts.CreateAsync(email.ToUpperInvariant(), "Second", "Long-enough-pass-2", StaffRoles.Administrator);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code is "DuplicateUserName" or "DuplicateEmail");
    }
}
