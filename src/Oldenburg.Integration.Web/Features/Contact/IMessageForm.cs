namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>What the contact form and the barrier-report form both hand to <see cref="MessageSubmissions"/>.</summary>
public interface IMessageForm
{
    string? Name { get; }

    string? Email { get; }

    string? Message { get; }

    string? TaskKey { get; }

    string? FromPath { get; }
}
