using Oldenburg.Integration.Web.Infrastructure.Mail;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>
/// Tells a member of staff by mail when the way they sign in changed (NIST SP 800-63B 6.1.2.1):
/// if it was not them, they learn it from the mail rather than from the next failed sign-in.
/// The mail says what changed, never a password, code or link that could be used.
/// </summary>
public sealed class SecurityNotices(StaffMail mail)
{
    public const string Subject = "Sicherheitshinweis zu Ihrem Redaktionskonto";

    public void PasswordChanged(StaffUser user) => Send(user, "Das Passwort Ihres Kontos wurde geändert.");

    public void TwoFactorEnabled(StaffUser user) => Send(user, "Für Ihr Konto wurde die Zwei-Faktor-Anmeldung eingerichtet.");

    public void TwoFactorDisabled(StaffUser user) => Send(user, "Für Ihr Konto wurde die Zwei-Faktor-Anmeldung ausgeschaltet.");

    public void TwoFactorReset(StaffUser user) =>
        Send(user, "Eine Administratorin oder ein Administrator hat die Zwei-Faktor-Anmeldung Ihres Kontos zurückgesetzt. Sie melden sich jetzt mit Ihrem Passwort an und richten sie neu ein.");

    public void RecoveryCodesRenewed(StaffUser user) =>
        Send(user, "Für Ihr Konto wurden neue Wiederherstellungscodes erzeugt; die bisherigen gelten nicht mehr.");

    private void Send(StaffUser user, string what)
    {
        if (string.IsNullOrEmpty(user.Email))
        {
            return;
        }

        mail.TrySend(
            user.Email,
            Subject,
            $"""
                Guten Tag {user.DisplayName},

                {what}

                Waren Sie das selbst, ist nichts zu tun. Wenn nicht, setzen Sie bitte sofort Ihr Passwort über „Passwort vergessen?“ auf der Anmeldeseite neu und wenden Sie sich an die Administration der Website.

                Diese Nachricht wurde automatisch erstellt.
                """,
            $"security notice {user.Id}");
    }
}
