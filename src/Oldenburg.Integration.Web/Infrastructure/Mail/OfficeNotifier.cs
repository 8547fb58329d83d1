using Microsoft.Extensions.Options;

namespace Oldenburg.Integration.Web.Infrastructure.Mail;

/// <summary>
/// Tells the office by e-mail that something from the public arrived. The mail holds only a link to
/// the admin page: the sender's data stays in the database, where retention can erase it, and never
/// sits in mailboxes, mail archives or forwarded copies.
/// </summary>
public sealed class OfficeNotifier(IOptions<SmtpOptions> options, IMailOutbox outbox)
{
    /// <param name="subject">German, without any of the sender's words.</param>
    /// <param name="what">One German sentence saying what arrived, again without the sender's words.</param>
    /// <param name="link">The admin page that shows it (sign-in required).</param>
    /// <param name="reference">Internal reference for the mail log, e.g. "message 12".</param>
    /// <remarks>Only queues the mail: a slow or broken relay must not hold up the resident's request.</remarks>
    public void Notify(string subject, string what, Uri link, string reference)
    {
        var smtp = options.Value;
        if (!smtp.IsEnabled)
        {
            return;
        }

        outbox.TryEnqueue(new OutgoingMail(
            smtp.OfficeAddresses,
            subject,
            $"""
                {what}

                Bitte sehen Sie in der Redaktion nach (Anmeldung erforderlich):
                {link}

                Diese Nachricht wurde automatisch erstellt und enthält bewusst keine Angaben der einsendenden Person.
                """,
            reference));
    }
}
