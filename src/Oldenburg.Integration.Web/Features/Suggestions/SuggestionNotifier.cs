using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>
/// Tells the office by e-mail that a suggestion arrived. The mail holds only a link to the queue:
/// the submitter's data stays in the database, where retention can erase it.
/// </summary>
public sealed partial class SuggestionNotifier(IOptions<SmtpOptions> options, ILogger<SuggestionNotifier> logger)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    /// <summary>Never throws: a broken mail relay must not cost the resident their submission.</summary>
    public async Task NotifyAsync(int suggestionId, bool isCorrection, Uri queueLink)
    {
        var smtp = options.Value;
        if (!smtp.IsEnabled)
        {
            return;
        }

        try
        {
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(smtp.From!));
            foreach (var to in smtp.To!.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                message.To.Add(MailboxAddress.Parse(to));
            }

            message.Subject = isCorrection
                ? "Neuer Korrekturvorschlag für das Partnerverzeichnis"
                : "Neuer Eintragsvorschlag für das Partnerverzeichnis";
            message.Body = new TextPart("plain")
            {
                Text = $"""
                    Über die Website ist ein neuer Vorschlag ({(isCorrection ? "Korrektur eines Eintrags" : "neuer Eintrag")}) eingegangen.

                    Bitte prüfen Sie ihn in der Redaktion (Anmeldung erforderlich):
                    {queueLink}

                    Diese Nachricht wurde automatisch erstellt und enthält bewusst keine Angaben der einsendenden Person.
                    """,
            };

            using var cancellation = new CancellationTokenSource(s_timeout);
            using var client = new SmtpClient { Timeout = (int)s_timeout.TotalMilliseconds };
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellation.Token);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellation.Token);
            }

            await client.SendAsync(message, cancellation.Token);
            await client.DisconnectAsync(quit: true, cancellation.Token);
        }
#pragma warning disable CA1031 // Any failure of the relay is logged and swallowed by design.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // Only the type: SMTP error texts can echo mailbox addresses.
            LogNotificationFailed(logger, suggestionId, exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the e-mail notification for suggestion {SuggestionId} ({ErrorType}).")]
    private static partial void LogNotificationFailed(ILogger logger, int suggestionId, string errorType);
}
