using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

public sealed record InvitationRequest(string Email, string DisplayName, string Role, IReadOnlyList<string> Grants);

/// <summary>The link is returned only to be shown once when it could not be mailed; it is never stored.</summary>
public sealed record InvitationIssued(int Id, string Email, string Link, bool Mailed);

/// <summary>Issues, re-sends and revokes invitations. Redeeming one is <see cref="InvitationAcceptance"/>'s job.</summary>
public sealed class StaffInvitations(
    AppDbContext db, AuditLog audit, InvitationMail mail, IOptions<AccountOptions> options, TimeProvider clock)
{
    /// <summary>Neither accepted nor revoked; expired ones are listed too, so they can be sent again.</summary>
    public Task<List<StaffInvitation>> OpenAsync(CancellationToken cancellationToken) =>
        db.StaffInvitations.AsNoTracking()
        .Where(i => i.AcceptedAt == null && i.RevokedAt == null)
        .OrderBy(i => i.Email)
            .ToListAsync(cancellationToken);

    public async Task<bool> HasOpenAsync(string email, CancellationToken cancellationToken)
    {
        var now = Now;
        var pending = await db.StaffInvitations.AsNoTracking()
            .Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .Select(i => i.Email)
            .ToListAsync(cancellationToken);
        return pending.Any(e => string.Equals(e, email.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    public async Task<InvitationIssued> InviteAsync(InvitationRequest request, string actor, CancellationToken cancellationToken)
    {
        var token = InvitationTokens.NewToken();
        var invitation = new StaffInvitation
        {
            Email = request.Email.Trim(),
            DisplayName = request.DisplayName.Trim(),
            Role = request.Role,
            GrantedTypes = request.Role == StaffRoles.Restricted ? string.Join(',', request.Grants) : "",
            TokenHash = InvitationTokens.Hash(token),
            CreatedAt = Now,
            CreatedBy = actor,
            ExpiresAt = Now + options.Value.InvitationLifetime,
        };
        db.StaffInvitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        var mailed = mail.Send(invitation, token);
        await audit.RecordAsync(
            AuditActions.UserInvited, actor, AuditLog.UsersSubject, null, Label(invitation), Details(invitation, mailed), cancellationToken);
        return new InvitationIssued(invitation.Id, invitation.Email, mail.Link(token), mailed);
    }

    /// <summary>A new token and a new expiry; the old link stops working. Null when the invitation is accepted, revoked or unknown.</summary>
    public async Task<InvitationIssued?> ResendAsync(int id, string actor, CancellationToken cancellationToken)
    {
        var invitation = await db.StaffInvitations.FindAsync([id], cancellationToken);
        if (invitation is null || invitation.AcceptedAt is not null || invitation.RevokedAt is not null)
        {
            return null;
        }

        var token = InvitationTokens.NewToken();
        invitation.TokenHash = InvitationTokens.Hash(token);
        invitation.ExpiresAt = Now + options.Value.InvitationLifetime;
        var mailed = mail.Send(invitation, token);
        audit.Add(AuditActions.InvitationResent, actor, AuditLog.UsersSubject, null, Label(invitation), Details(invitation, mailed));
        await db.SaveChangesAsync(cancellationToken);
        return new InvitationIssued(invitation.Id, invitation.Email, mail.Link(token), mailed);
    }

    public async Task<bool> RevokeAsync(int id, string actor, CancellationToken cancellationToken)
    {
        var invitation = await db.StaffInvitations.FindAsync([id], cancellationToken);
        if (invitation is null || invitation.AcceptedAt is not null || invitation.RevokedAt is not null)
        {
            return false;
        }

        invitation.RevokedAt = Now;
        audit.Add(AuditActions.InvitationRevoked, actor, AuditLog.UsersSubject, null, Label(invitation));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static string Label(StaffInvitation invitation) => $"{invitation.DisplayName} ({invitation.Email})";

    private static string Details(StaffInvitation invitation, bool mailed) =>
        $"Rolle: {StaffRoles.German(invitation.Role)}"
        + (invitation.GrantedTypes.Length > 0 ? $"; Bereiche: {invitation.GrantedTypes}" : "")
        + (mailed ? "; per E-Mail" : "; Link angezeigt");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
