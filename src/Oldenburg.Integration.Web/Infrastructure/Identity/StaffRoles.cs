namespace Oldenburg.Integration.Web.Infrastructure.Identity;

public static class StaffRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";

    /// <summary>
    /// May edit only the content types granted to the account (<see cref="StaffClaims.ContentGrant"/>);
    /// everything else in the admin area is refused, whatever the menu shows.
    /// </summary>
    public const string Restricted = "Restricted";

    /// <summary>Every role that may sign in to the admin area; what a restricted account may do there is narrowed by its grants.</summary>
    public const string AnyStaff = Administrator + "," + Editor + "," + Restricted;

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Restricted];

    public static string German(string role) => role switch
    {
        Administrator => "Administration",
        Editor => "Redaktion",
        Restricted => "Eingeschränkte Redaktion",
        _ => role,
    };
}
