namespace Oldenburg.Integration.Web.Domain;

public enum PublicMessageKind
{
    Contact = 0,
    Accessibility = 1,
}

public enum PublicMessageStatus
{
    New = 0,
    InProgress = 1,
    Done = 2,
}

/// <summary>
/// A message from the public: the contact form, or a barrier report from the accessibility feedback
/// form. It is personal data, so it is deleted with its notes after the retention period (ADR 0020).
/// </summary>
public class PublicMessage
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int TextMaxLength = 4000;
    public const int TaskKeyMaxLength = 200;
    public const int PathMaxLength = 500;
    public const int AssigneeMaxLength = 256;

    public int Id { get; set; }

    public PublicMessageKind Kind { get; set; }

    public PublicMessageStatus Status { get; set; } = PublicMessageStatus.New;

    /// <summary>The language of the page the message was written on.</summary>
    public string Culture { get; set; } = ContentTranslation.SourceCulture;

    public string? SenderName { get; set; }

    public string? SenderEmail { get; set; }

    public string Text { get; set; } = "";

    /// <summary>The slug of the office's task (offer) the message concerns, as chosen on the form.</summary>
    public string? TaskKey { get; set; }

    /// <summary>For barrier reports: the local path of the page the reader came from.</summary>
    public string? FromPath { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>When it was last marked done; done messages are deleted sooner than open ones.</summary>
    public DateTime? DoneAt { get; set; }

    /// <summary>The user name of the staff member handling it.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>Counts status and assignment changes; a form posts back the one it was loaded with.</summary>
    public int Version { get; set; }

    public ICollection<PublicMessageNote> Notes { get; set; } = [];

    /// <summary>"Nachricht #12": the audit log's title, which carries no personal data.</summary>
    public static string Title(int id) => $"Nachricht #{id}";

    public static string StatusLabel(PublicMessageStatus status) => status switch
    {
        PublicMessageStatus.New => "Neu",
        PublicMessageStatus.InProgress => "In Bearbeitung",
        _ => "Erledigt",
    };

    public static string KindLabel(PublicMessageKind kind) =>
        kind == PublicMessageKind.Accessibility ? "Barriere-Meldung" : "Kontaktanfrage";
}
