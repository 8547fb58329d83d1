using Microsoft.AspNetCore.Identity;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>Identity's own messages are English; staff see German ones.</summary>
public static class IdentityMessages
{
    public static string German(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "Das Passwort ist zu kurz (mindestens 12 Zeichen).",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "Das Passwort braucht mindestens eine Ziffer.",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "Das Passwort braucht mindestens einen Kleinbuchstaben.",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "Das Passwort braucht mindestens einen Großbuchstaben.",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "Das Passwort braucht mindestens ein Sonderzeichen.",
        nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail) => "Für diese E-Mail-Adresse gibt es schon ein Konto.",
        nameof(IdentityErrorDescriber.InvalidEmail) => "Die E-Mail-Adresse ist ungültig.",
        _ => "Das Konto konnte nicht angelegt werden: " + error.Description,
    };
}
