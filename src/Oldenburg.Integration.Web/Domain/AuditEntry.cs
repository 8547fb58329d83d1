namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// One staff action, as it was when it happened: the subject's label is copied, not joined, so the
/// entry still reads correctly after the item is renamed or deleted. No client address is stored.
/// </summary>
public class AuditEntry
{
    public const int ActorMaxLength = 256;
    public const int ActionMaxLength = 40;
    public const int SubjectMaxLength = 200;
    public const int SubjectIdMaxLength = 100;
    public const int DetailsMaxLength = 500;

    public long Id { get; set; }

    /// <summary>When it happened, UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>The staff member's sign-in name, or the name someone tried to sign in with.</summary>
    public string Actor { get; set; } = "";

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>A content type key such as "offers", or "users", "account", "lookups".</summary>
    public string SubjectType { get; set; } = "";

    public string? SubjectId { get; set; }

    /// <summary>A human label for the subject at the time, such as the German title.</summary>
    public string Subject { get; set; } = "";

    public string? Details { get; set; }
}
