using Microsoft.Extensions.Options;

namespace Oldenburg.Integration.Web.Infrastructure.Mail;

/// <summary>
/// Mail to one member of staff (an invitation, a password reset). Unlike office notices it needs no
/// office address, only a sender and a relay (or, in Development, the pickup folder).
/// </summary>
public sealed class StaffMail(IOptions<SmtpOptions> options, IMailOutbox outbox)
{
    public bool CanSend => options.Value.CanSend;

    /// <summary>False when mail is not configured or the outbox is full; the caller then tells the administrator.</summary>
    public bool TrySend(string to, string subject, string body, string reference) =>
        CanSend && outbox.TryEnqueue(new OutgoingMail([to], subject, body, reference));
}
