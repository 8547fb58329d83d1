namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// What staff did, as the audit log and the revision history store it: stored as these strings so
/// that new ones need no migration.
/// </summary>
public static class AuditActions
{
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignOut = "SignOut";
    public const string PasswordChanged = "PasswordChanged";
    public const string Created = "Created";
    public const string Saved = "Saved";
    public const string Translated = "Translated";
    public const string TranslationReviewed = "TranslationReviewed";
    public const string TranslationReviewCleared = "TranslationReviewCleared";
    public const string Published = "Published";
    public const string Unpublished = "Unpublished";
    public const string Submitted = "Submitted";
    public const string Scheduled = "Scheduled";
    public const string Restored = "Restored";
    public const string Deleted = "Deleted";

    /// <summary>A revision of the state an item had before its first recorded change, for items older than the history.</summary>
    public const string Baseline = "Baseline";
    public const string Checked = "Checked";
    public const string UserCreated = "UserCreated";
    public const string UserChanged = "UserChanged";
    public const string UserDeleted = "UserDeleted";
    public const string LookupSaved = "LookupSaved";
    public const string LookupDeleted = "LookupDeleted";
    public const string SuggestionAccepted = "SuggestionAccepted";
    public const string SuggestionRejected = "SuggestionRejected";
    public const string Imported = "Imported";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorDisabled = "TwoFactorDisabled";
    public const string TwoFactorReset = "TwoFactorReset";
    public const string RecoveryCodesRegenerated = "RecoveryCodesRegenerated";
    public const string RecoveryCodeUsed = "RecoveryCodeUsed";

    /// <summary>A wrong authenticator or recovery code after a correct password; the code itself is never stored.</summary>
    public const string TwoFactorFailed = "TwoFactorFailed";
    public const string TwoFactorRequired = "TwoFactorRequired";
    public const string TwoFactorRequirementLifted = "TwoFactorRequirementLifted";

    public const string MessageStatusChanged = "MessageStatusChanged";
    public const string MessageAssigned = "MessageAssigned";
    public const string MessageNoteAdded = "MessageNoteAdded";
    public const string UserInvited = "UserInvited";
    public const string InvitationRevoked = "InvitationRevoked";
    public const string InvitationResent = "InvitationResent";
    public const string InvitationAccepted = "InvitationAccepted";
    public const string UserRoleChanged = "UserRoleChanged";
    public const string UserDeactivated = "UserDeactivated";
    public const string UserReactivated = "UserReactivated";
    public const string PasswordResetRequested = "PasswordResetRequested";
    public const string PasswordReset = "PasswordReset";
    public const string LinksChecked = "LinksChecked";

    /// <summary>German labels for the log's filter and table; unknown keys are shown as they are.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [SignIn] = "Anmeldung",
        [SignInFailed] = "Anmeldung fehlgeschlagen",
        [SignOut] = "Abmeldung",
        [PasswordChanged] = "Passwort geändert",
        [Created] = "Angelegt",
        [Saved] = "Gespeichert",
        [Translated] = "Übersetzung gespeichert",
        [TranslationReviewed] = "Übersetzung als muttersprachlich geprüft vermerkt",
        [TranslationReviewCleared] = "Prüfvermerk der Übersetzung entfernt",
        [Published] = "Veröffentlicht",
        [Unpublished] = "Zurückgezogen",
        [Submitted] = "Zur Prüfung gegeben",
        [Scheduled] = "Zeitplan gesetzt",
        [Restored] = "Version wiederhergestellt",
        [Deleted] = "Gelöscht",
        [Baseline] = "Stand vor der ersten Aufzeichnung",
        [Checked] = "Als geprüft vermerkt",
        [UserCreated] = "Konto angelegt",
        [UserChanged] = "Konto geändert",
        [UserDeleted] = "Konto gelöscht",
        [LookupSaved] = "Auswahlliste gespeichert",
        [LookupDeleted] = "Auswahllisten-Eintrag gelöscht",
        [SuggestionAccepted] = "Vorschlag übernommen",
        [SuggestionRejected] = "Vorschlag abgelehnt",
        [Imported] = "CSV-Import",
        [TwoFactorEnabled] = "Zwei-Faktor-Anmeldung eingerichtet",
        [TwoFactorDisabled] = "Zwei-Faktor-Anmeldung ausgeschaltet",
        [TwoFactorReset] = "Zwei-Faktor-Anmeldung zurückgesetzt",
        [RecoveryCodesRegenerated] = "Neue Wiederherstellungscodes erzeugt",
        [RecoveryCodeUsed] = "Wiederherstellungscode verwendet",
        [TwoFactorFailed] = "Zweiter Anmeldeschritt fehlgeschlagen",
        [TwoFactorRequired] = "Zwei-Faktor-Anmeldung für alle Pflicht",
        [TwoFactorRequirementLifted] = "Zwei-Faktor-Pflicht aufgehoben",
        [MessageStatusChanged] = "Nachrichtenstatus geändert",
        [MessageAssigned] = "Nachricht zugewiesen",
        [MessageNoteAdded] = "Notiz zu Nachricht",
        [UserInvited] = "Einladung verschickt",
        [InvitationRevoked] = "Einladung zurückgezogen",
        [InvitationResent] = "Einladung erneut verschickt",
        [InvitationAccepted] = "Einladung angenommen",
        [UserRoleChanged] = "Rolle oder Rechte geändert",
        [UserDeactivated] = "Konto deaktiviert",
        [UserReactivated] = "Konto reaktiviert",
        [PasswordResetRequested] = "Passwort-Zurücksetzen angefordert",
        [PasswordReset] = "Passwort zurückgesetzt",
        [LinksChecked] = "Links geprüft",
    };

    public static string Label(string action) => Labels.TryGetValue(action, out var label) ? label : action;
}
