using System.Threading.Channels;

namespace Oldenburg.Integration.Web.Infrastructure.Mail;

/// <summary>Hands mail to the background sender, so that no request waits on the relay.</summary>
public interface IMailOutbox
{
    /// <summary>Never blocks. False (and logged) when the outbox is full.</summary>
    bool TryEnqueue(OutgoingMail mail);
}

public sealed partial class MailOutbox(ILogger<MailOutbox> logger) : IMailOutbox
{
    // Bounded so that a dead relay and a flood of submissions cannot grow memory without limit;
    // Wait mode makes TryWrite report a full outbox instead of dropping silently.
    private const int Capacity = 500;

    private readonly Channel<OutgoingMail> _channel = Channel.CreateBounded<OutgoingMail>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ChannelReader<OutgoingMail> Reader => _channel.Reader;

    public bool TryEnqueue(OutgoingMail mail)
    {
        if (_channel.Writer.TryWrite(mail))
        {
            return true;
        }

        LogOutboxFull(logger, mail.Reference);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The mail outbox is full; the mail for {Reference} was not queued.")]
    private static partial void LogOutboxFull(ILogger logger, string reference);
}
