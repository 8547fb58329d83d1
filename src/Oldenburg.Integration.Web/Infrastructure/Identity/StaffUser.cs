using Microsoft.AspNetCore.Identity;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>A member of staff who can sign in to the admin area. There is no public registration.</summary>
public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
