using Microsoft.Extensions.Options;

namespace Oldenburg.Integration.Web.Infrastructure.Mail;

/// <summary>
/// Sends queued mail one by one, retrying a failed one with a doubling delay. Mail still queued
/// when the process stops is lost; what it announces stays in the database.
/// </summary>
public sealed partial class MailDeliveryService(
    MailOutbox outbox,
    SmtpMailSender sender,
    IOptions<SmtpOptions> options,
    TimeProvider clock,
    ILogger<MailDeliveryService> logger) : BackgroundService
{
    // Doubling without a ceiling would overflow TimeSpan after a few dozen tries.
    private static readonly TimeSpan s_longestDelay = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            await DeliverAsync(mail, stoppingToken);
        }
    }

    private async Task DeliverAsync(OutgoingMail mail, CancellationToken stoppingToken)
    {
        var smtp = options.Value;
        var delay = smtp.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await sender.SendAsync(mail, stoppingToken);
                if (attempt > 1)
                {
                    LogDeliveredAfterRetry(logger, mail.Reference, attempt);
                }

                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Any failure of the relay is logged and retried by design.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                // Only the type: SMTP error texts can echo mailbox addresses.
                if (attempt >= smtp.MaxAttempts)
                {
                    LogGivenUp(logger, mail.Reference, attempt, exception.GetType().Name);
                    return;
                }

                LogAttemptFailed(logger, mail.Reference, attempt, exception.GetType().Name, delay);
            }

            await Task.Delay(delay, clock, stoppingToken);
            delay = delay < s_longestDelay / 2 ? delay * 2 : s_longestDelay;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending the mail for {Reference} failed on attempt {Attempt} ({ErrorType}); retrying in {Delay}.")]
    private static partial void LogAttemptFailed(ILogger logger, string reference, int attempt, string errorType, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up sending the mail for {Reference} after {Attempt} attempts ({ErrorType}).")]
    private static partial void LogGivenUp(ILogger logger, string reference, int attempt, string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent the mail for {Reference} on attempt {Attempt}.")]
    private static partial void LogDeliveredAfterRetry(ILogger logger, string reference, int attempt);
}
