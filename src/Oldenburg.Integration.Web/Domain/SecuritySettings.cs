namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// Site-wide security choices that administrators make at run time. There is exactly one row; it is a
/// database setting rather than configuration so that switching it on needs no deployment.
/// </summary>
public class SecuritySettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Every member of staff must sign in with an authenticator app; without one only the set-up page is open.</summary>
    public bool RequireTwoFactor { get; set; }
}
