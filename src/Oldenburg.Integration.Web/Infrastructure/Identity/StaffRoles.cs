namespace Oldenburg.Integration.Web.Infrastructure.Identity;

public static class StaffRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";

    /// <summary>Both roles may edit content; only administrators manage accounts.</summary>
    public const string AnyStaff = Administrator + "," + Editor;

    public static readonly IReadOnlyList<string> All = [Administrator, Editor];
}
