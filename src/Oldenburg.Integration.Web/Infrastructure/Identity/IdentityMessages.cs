using Microsoft.AspNetCore.Identity;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>Identity's own messages are English; staff see German ones.</summary>
public static class IdentityMessages
{
    public const string TooCommon = "Dieses Passwort steht auf einer Liste häufig verwendeter oder veröffentlichter Passwörter. Bitte wählen Sie ein anderes, z. B. einen Satz aus mehreren Wörtern.";

    public static string German(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "Das Passwort ist zu kurz (mindestens 12 Zeichen).",
        CommonPasswordValidator.ErrorCode => TooCommon,
        nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail) => "Für diese E-Mail-Adresse gibt es schon ein Konto.",
        nameof(IdentityErrorDescriber.InvalidEmail) => "Die E-Mail-Adresse ist ungültig.",
        _ => "Das Konto konnte nicht angelegt werden: " + error.Description,
    };
}
