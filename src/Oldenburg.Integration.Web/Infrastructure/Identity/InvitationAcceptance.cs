using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>
/// What became of an attempt to redeem a link. <see cref="State"/> is the invitation's state as found,
/// before this attempt: only an open one can be redeemed.
/// </summary>
public sealed record AcceptOutcome(InvitationState State, StaffInvitation? Invitation, IReadOnlyList<IdentityError> Errors, bool Succeeded = false);

/// <summary>Redeems an invitation link: one account, with the invited role and grants, and the link is spent.</summary>
public sealed class InvitationAcceptance(AppDbContext db, UserManager<StaffUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task<(InvitationState State, StaffInvitation? Invitation)> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (!InvitationTokens.LooksValid(token))
        {
            return (InvitationState.Unknown, null);
        }

        var hash = InvitationTokens.Hash(token!);
        var invitation = await db.StaffInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation is null ? (InvitationState.Unknown, null) : (invitation.StateAt(clock.GetUtcNow().UtcDateTime), invitation);
    }

    public async Task<AcceptOutcome> AcceptAsync(string? token, string password, CancellationToken cancellationToken)
    {
        var (state, invitation) = await FindAsync(token, cancellationToken);
        if (state != InvitationState.Open || invitation is null)
        {
            return new AcceptOutcome(state, invitation, []);
        }

        // One transaction: an account without its role, or a spent link without an account, must not remain.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new StaffUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = invitation.DisplayName };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, invitation.Role);
        }

        if (result.Succeeded && invitation.Grants.Count > 0)
        {
            result = await users.AddClaimsAsync(user, invitation.Grants.Select(g => new Claim(StaffClaims.ContentGrant, g)));
        }

        if (!result.Succeeded)
        {
            // Nothing of the attempt is kept: the tracked user would otherwise ride along with a later save.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new AcceptOutcome(InvitationState.Open, invitation, [.. result.Errors]);
        }

        invitation.AcceptedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(AuditActions.InvitationAccepted, invitation.Email, AuditLog.UsersSubject, user.Id, StaffInvitations.Label(invitation));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AcceptOutcome(InvitationState.Open, invitation, [], Succeeded: true);
    }
}
