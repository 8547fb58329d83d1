using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>
/// Runs alone: Serilog's request-logging middleware writes through the process-wide logger, which
/// the last host started in a parallel run owns, so this host's file could miss lines.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialLogFileTests
{
    public const string Name = "Log file";
}

/// <summary>The log file must never hold a staff member's e-mail address or password.</summary>
[Collection(SerialLogFileTests.Name)]
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task FailedAndSuccessfulSignIn_LogFile_HasNoEmailOrPassword()
    {
        using var site = SiteFactory.Create(new Dictionary<string, string?>
        {
            ["Logging:File:Enabled"] = "true",
            ["Serilog:MinimumLevel:Default"] = "Debug",
        });
        var email = await site.CreateAccountAsync();
        await site.CreateBrowser().SubmitLoginAsync(email, "wrong-password-123");
        await site.CreateBrowser().SubmitLoginAsync(email, Staff.DefaultPassword);
        await site.CreateBrowser().GetAsync(new Uri("/de/?q=" + Uri.EscapeDataString(email), UriKind.Relative));

        var text = await LogFiles.WaitForAsync(site.DataDirectory, "HTTP GET /de/ responded 200");
        Assert.Contains("Failed staff sign-in", text, StringComparison.Ordinal);
        Assert.DoesNotContain(email, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wrong-password-123", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Staff.DefaultPassword, text, StringComparison.Ordinal);
    }
}
