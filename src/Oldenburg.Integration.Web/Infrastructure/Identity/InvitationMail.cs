using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Mail;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>
/// The invitation link and its mail. The link is built from the configured site address, never from
/// the request, so a forged Host header cannot send a new colleague to someone else's server.
/// </summary>
public sealed class InvitationMail(StaffMail mail, SiteAddress site, LinkGenerator links)
{
    public string Link(string token) =>
        site.Absolute(links.GetPathByAction("Accept", "Invitation", new { area = "Admin", token })
            ?? throw new InvalidOperationException("The invitation route is missing."));

    public bool Send(StaffInvitation invitation, string token) => mail.TrySend(
        invitation.Email,
        "Einladung in die Redaktion – Integration in Oldenburg",
        $"""
            Guten Tag {invitation.DisplayName},

            Sie wurden in die Redaktion der Website „Integration in Oldenburg“ eingeladen (Rolle: {StaffRoles.German(invitation.Role)}).

            Bitte legen Sie über diesen Link Ihr Passwort fest; danach melden Sie sich mit dieser E-Mail-Adresse an:
            {Link(token)}

            Der Link gilt bis {BerlinTime.Format(invitation.ExpiresAt)} und nur ein einziges Mal.
            Wenn Sie keine Einladung erwartet haben, können Sie diese Nachricht ignorieren.
            """,
        $"invitation {invitation.Id}");
}
