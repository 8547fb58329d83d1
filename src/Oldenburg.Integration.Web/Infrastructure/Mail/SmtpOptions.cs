namespace Oldenburg.Integration.Web.Infrastructure.Mail;

/// <summary>The office's mail relay. An empty <see cref="Host"/> switches outgoing mail off.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? From { get; set; }

    /// <summary>The office's address(es) for notices, separated by comma or semicolon.</summary>
    public string? To { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool UseStartTls { get; set; } = true;

    /// <summary>TLS from the first byte (usually port 465) instead of STARTTLS.</summary>
    public bool UseSsl { get; set; }

    /// <summary>Sending the user name and password over an unencrypted connection must be asked for by name.</summary>
    public bool AllowInsecureAuthentication { get; set; }

    /// <summary>Attempts per mail before it is given up (and logged as lost).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the second attempt; it doubles with every further one, up to an hour.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Development only: with no <see cref="Host"/>, each message is written to this folder as an .eml
    /// file instead (relative to the data directory), so invitation and reset mails can be opened.
    /// </summary>
    public string? PickupDirectory { get; set; }

    /// <summary>Office notices need the office's address as well as a relay.</summary>
    public bool IsEnabled => CanSend && !string.IsNullOrWhiteSpace(To);

    /// <summary>Mail to one person (staff invitations, password resets) needs a sender and a way out, not the office's address.</summary>
    public bool CanSend => !string.IsNullOrWhiteSpace(From) && (!string.IsNullOrWhiteSpace(Host) || WritesToPickupDirectory);

    public bool WritesToPickupDirectory => string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(PickupDirectory);

    public bool IsEncrypted => UseSsl || UseStartTls;

    public bool SendsCredentialsInClear => !string.IsNullOrEmpty(UserName) && !IsEncrypted && !AllowInsecureAuthentication;

    public IReadOnlyList<string> OfficeAddresses =>
        (To ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
