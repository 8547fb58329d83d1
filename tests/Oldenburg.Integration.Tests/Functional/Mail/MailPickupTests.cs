using MimeKit;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Mail;

/// <summary>Development writes mail to a folder instead of a relay, so a developer can open invitation and reset mails.</summary>
public sealed class MailPickupTests
{
    [Fact]
    public async Task PasswordReset_NoHostButPickupDirectory_WritesMailAsEmlUnderDataFolder()
    {
        using var site = SiteFactory.Create(new Dictionary<string, string?>
        {
            ["Smtp:From"] = "website@example.org",
            ["Smtp:PickupDirectory"] = "mail-pickup",
        });
        var email = await site.CreateAccountAsync();

        await AccountFlows.RequestResetAsync(site.CreateBrowser(), email);

        var folder = Path.Combine(site.DataDirectory, "mail-pickup");
        await AuditData.EventuallyAsync(
            () => Task.FromResult(Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml").Length == 1), "No .eml file was written.", attempts: 400);
        var message = await MimeMessage.LoadAsync(Directory.GetFiles(folder, "*.eml")[0]);
        Assert.Equal(email, message.To.Mailboxes.Single().Address);
        Assert.Contains("/admin/passwordreset/reset/", message.TextBody, StringComparison.OrdinalIgnoreCase);
    }
}
