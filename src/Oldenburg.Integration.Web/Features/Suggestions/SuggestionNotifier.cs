using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Infrastructure.Mail;

namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>
/// Tells the office by e-mail that a suggestion arrived. The mail holds only a link to the queue:
/// the submitter's data stays in the database, where retention can erase it.
/// </summary>
public sealed class SuggestionNotifier(IOptions<SmtpOptions> options, IMailOutbox outbox)
{
    /// <summary>Only queues the mail: a slow or broken relay must not hold up the resident's request.</summary>
    public void Notify(int suggestionId, bool isCorrection, Uri queueLink)
    {
        var smtp = options.Value;
        if (!smtp.IsEnabled)
        {
            return;
        }

        outbox.TryEnqueue(new OutgoingMail(
            smtp.OfficeAddresses,
            isCorrection
                ? "Neuer Korrekturvorschlag für das Partnerverzeichnis"
                : "Neuer Eintragsvorschlag für das Partnerverzeichnis",
            $"""
                Über die Website ist ein neuer Vorschlag ({(isCorrection ? "Korrektur eines Eintrags" : "neuer Eintrag")}) eingegangen.

                Bitte prüfen Sie ihn in der Redaktion (Anmeldung erforderlich):
                {queueLink}

                Diese Nachricht wurde automatisch erstellt und enthält bewusst keine Angaben der einsendenden Person.
                """,
            $"suggestion {suggestionId}"));
    }
}
