namespace Oldenburg.Integration.Web.Features.Suggestions;

public sealed class SuggestionOptions
{
    public const string Section = "Suggestions";

    /// <summary>Days after which a suggestion's contact data and message are erased, even while it is open.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>Suggestions one client address may post per hour.</summary>
    public int PerHour { get; set; } = 5;
}

/// <summary>The office's mail relay. An empty <see cref="Host"/> switches notifications off.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? From { get; set; }

    public string? To { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool UseStartTls { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From) && !string.IsNullOrWhiteSpace(To);
}
