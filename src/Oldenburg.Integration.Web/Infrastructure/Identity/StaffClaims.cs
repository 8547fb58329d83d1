namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>Claims stored with a staff account (AspNetUserClaims) and carried in its sign-in cookie.</summary>
public static class StaffClaims
{
    /// <summary>
    /// One claim per content type a restricted account may edit; the value is the type's key
    /// ("offers", "pages", "partners", "office", as in <c>ContentRef.Type</c>). Ignored for
    /// administrators and editors, who may edit every type.
    /// </summary>
    public const string ContentGrant = "oi:content-grant";
}
