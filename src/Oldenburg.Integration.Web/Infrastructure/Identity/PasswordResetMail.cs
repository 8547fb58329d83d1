using System.Buffers.Text;
using System.Text;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Mail;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>The reset link and its mail; the link carries the account's id, not its address, and the site's configured base address.</summary>
public sealed class PasswordResetMail(StaffMail mail, SiteAddress site, LinkGenerator links, IOptions<AccountOptions> options, TimeProvider clock)
{
    /// <summary>Identity's token is base64 with '+', '/' and '='; the link carries it URL-safe.</summary>
    public static string Encode(string token) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded) || encoded.Length > 2000 || !Base64Url.IsValid(encoded))
        {
            return null;
        }

        return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(encoded));
    }

    public string Link(StaffUser user, string token) =>
        site.Absolute(links.GetPathByAction("Reset", "PasswordReset", new { area = "Admin", id = user.Id, token = Encode(token) })
            ?? throw new InvalidOperationException("The password reset route is missing."));

    public bool Send(StaffUser user, string token) => mail.TrySend(
        user.Email ?? "",
        "Passwort zurücksetzen – Redaktion Integration in Oldenburg",
        $"""
            Guten Tag {user.DisplayName},

            für Ihr Konto in der Redaktion wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:
            {Link(user, token)}

            Der Link gilt bis {BerlinTime.Format(clock.GetUtcNow().UtcDateTime + options.Value.PasswordResetLifetime)} und nur einmal.
            Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht; Ihr bisheriges Passwort bleibt gültig.
            """,
        $"password reset {user.Id}");
}
