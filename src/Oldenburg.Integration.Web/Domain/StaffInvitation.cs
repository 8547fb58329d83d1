namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// An open offer of a staff account, redeemed once through a mailed link. Only the SHA-256 hash of
/// the link's token is stored, so a copy of the database cannot be turned into working links.
/// </summary>
public class StaffInvitation
{
    public const int EmailMaxLength = 254;
    public const int DisplayNameMaxLength = 100;
    public const int RoleMaxLength = 40;
    public const int GrantsMaxLength = 400;
    public const int TokenHashLength = 64;
    public const int ActorMaxLength = 256;

    public int Id { get; set; }

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = "";

    /// <summary>Content type keys granted to a restricted account, comma-separated; empty for other roles.</summary>
    public string GrantedTypes { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the link's token.</summary>
    public string TokenHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime ExpiresAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public IReadOnlyList<string> Grants => GrantedTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public InvitationState StateAt(DateTime utcNow) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : RevokedAt is not null ? InvitationState.Revoked
        : ExpiresAt <= utcNow ? InvitationState.Expired
        : InvitationState.Open;
}

public enum InvitationState
{
    Unknown,
    Open,
    Accepted,
    Revoked,
    Expired,
}
