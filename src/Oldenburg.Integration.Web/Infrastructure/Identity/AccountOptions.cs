namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>Accounts:InvitationLifetime and Accounts:PasswordResetLifetime (TimeSpan, e.g. "7.00:00:00").</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>How long an invitation link can be used.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a password-reset link can be used; the reset itself makes it unusable at once.</summary>
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(2);
}
