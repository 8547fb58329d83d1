using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>NIST SP 800-63B: at least 12 characters, no composition rules, no common or breached passwords.</summary>
[Collection(WritableSite.Name)]
public sealed partial class PasswordPolicyTests(SiteFactory site)
{
    [Theory]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("Administrator")]
    [InlineData("passwordpassword")]
    public async Task Create_PasswordFromCommonList_FailsWithGermanMessage(string password)
    {
        var result = await CreateAsync(password);

        var error = Assert.Single(result.Errors);
        Assert.Equal(IdentityMessages.TooCommon, IdentityMessages.German(error));
        Assert.Contains("häufig verwendeter", error.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kraniche ueber der hunte")]
    [InlineData("lappanturmamabend")]
    public async Task Create_LongPasswordWithoutDigitsUppercaseOrSymbols_Succeeds(string password)
    {
        var result = await CreateAsync(password);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
    }

    [Fact]
    public async Task Create_ElevenCharacters_FailsAsTooShort()
    {
        var result = await CreateAsync("hunteufer-7");

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(IdentityErrorDescriber.PasswordTooShort), error.Code);
        Assert.Contains("mindestens 12 Zeichen", IdentityMessages.German(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadmeExample_AdminPassword_PassesPolicy()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "README.md"));
        var example = AdminPasswordExample().Match(readme);
        Assert.True(example.Success, "The README shows no ADMIN_PASSWORD example.");

        var result = await CreateAsync(example.Groups[1].Value);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
    }

    private async Task<IdentityResult> CreateAsync(string password)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(Unique.Email(), "Passwort Test", password, StaffRoles.Editor);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Oldenburg.Integration.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex("ADMIN_PASSWORD='([^']+)'")]
    private static partial Regex AdminPasswordExample();
}
