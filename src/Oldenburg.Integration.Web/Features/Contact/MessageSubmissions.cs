using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Mail;

namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>Stores a message from the public as new, then tells the office with a link only.</summary>
public sealed class MessageSubmissions(AppDbContext db, TimeProvider clock, OfficeNotifier notifier)
{
    public async Task<int> SubmitAsync(PublicMessageKind kind, MessageFormModel form, string culture, Uri siteRoot, CancellationToken cancellationToken)
    {
        var message = new PublicMessage
        {
            Kind = kind,
            Culture = culture,
            SenderName = Blank(form.Name),
            SenderEmail = Blank(form.Email),
            Text = form.Message!.Trim(),
            TaskKey = Blank(form.TaskKey),
            FromPath = LocalPaths.OrNull(Blank(form.FromPath)),
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.PublicMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);

        // After the save, so a failing relay can only lose the e-mail, never the message.
        var accessibility = kind == PublicMessageKind.Accessibility;
        notifier.Notify(
            accessibility ? "Neue Barriere-Meldung über die Website" : "Neue Nachricht über das Kontaktformular",
            accessibility
                ? "Über die Website ist eine neue Meldung zur Barrierefreiheit eingegangen."
                : "Über das Kontaktformular der Website ist eine neue Nachricht eingegangen.",
            new Uri(siteRoot, $"/admin/inbox/details/{message.Id}"),
            $"message {message.Id}");
        return message.Id;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
