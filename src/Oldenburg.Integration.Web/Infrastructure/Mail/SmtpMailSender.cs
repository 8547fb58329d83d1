using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Oldenburg.Integration.Web.Infrastructure.Mail;

/// <summary>Delivers one message to the configured relay, or throws.</summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options, DataFolders folders)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From!));
        foreach (var to in mail.To)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };
        if (smtp.WritesToPickupDirectory)
        {
            await WriteToPickupAsync(message, Path.GetFullPath(smtp.PickupDirectory!, folders.Root), cancellationToken);
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        using var client = new SmtpClient { Timeout = (int)s_timeout.TotalMilliseconds };
        var security = smtp.UseSsl ? SecureSocketOptions.SslOnConnect
            : smtp.UseStartTls ? SecureSocketOptions.StartTls
            : SecureSocketOptions.None;
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, timeout.Token);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            // Start-up validation refuses this setting already; this guards options changed at run time.
            if (!client.IsSecure && !smtp.AllowInsecureAuthentication)
            {
                throw new AuthenticationException("Refusing to send SMTP credentials over an unencrypted connection.");
            }

            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", timeout.Token);
        }

        await client.SendAsync(message, timeout.Token);
        await client.DisconnectAsync(quit: true, timeout.Token);
    }

    private static async Task WriteToPickupAsync(MimeMessage message, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}";

        // Written under another name and then renamed, so nobody opens a half-written .eml.
        var partial = Path.Combine(directory, name + ".partial");
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, Path.Combine(directory, name + ".eml"));
    }
}
