namespace Oldenburg.Integration.Web.Infrastructure.Mail;

/// <summary>
/// One plain-text message waiting in the outbox. <paramref name="Reference"/> names it in the log
/// (e.g. "suggestion 42") and must hold nothing personal.
/// </summary>
public sealed record OutgoingMail(IReadOnlyList<string> To, string Subject, string Body, string Reference);
