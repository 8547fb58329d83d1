using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Users;

public sealed record UserRowViewModel(
    string Id, string Email, string DisplayName, string Role, IReadOnlyList<string> Grants, bool IsDeactivated, bool TwoFactorEnabled);

public sealed record UsersPageViewModel(
    IReadOnlyList<UserRowViewModel> Users, IReadOnlyList<StaffInvitation> Invitations, IReadOnlyDictionary<string, string> KindLabels, DateTime UtcNow);

/// <summary>Shared by the invitation and the edit form: a role and, for a restricted account, at least one granted type.</summary>
public abstract class RoleFormModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Rolle")]
    public string Role { get; set; } = StaffRoles.Editor;

    public List<string> Grants { get; set; } = [];

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(StaffInvitation.DisplayNameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    /// <summary>Grants of a non-restricted role are dropped: administrators and editors may edit every type anyway.</summary>
    public IReadOnlyList<string> EffectiveGrants => Role == StaffRoles.Restricted ? [.. Grants.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] : [];

    public IEnumerable<(string Field, string Message)> RoleErrors(IEnumerable<IContentKind> kinds)
    {
        if (!StaffRoles.All.Contains(Role))
        {
            yield return (nameof(Role), "Bitte wählen Sie eine Rolle.");
            yield break;
        }

        var keys = kinds.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        if (Role == StaffRoles.Restricted && Grants.Count == 0)
        {
            yield return (nameof(Grants), "Bitte wählen Sie mindestens einen Bereich, den das Konto bearbeiten darf.");
        }
        else if (Grants.Any(g => !keys.Contains(g)))
        {
            yield return (nameof(Grants), "Bitte wählen Sie nur Bereiche aus der Liste.");
        }
    }
}

public sealed class InvitationCreateModel : RoleFormModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(StaffInvitation.EmailMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "E-Mail-Adresse (Anmeldename)")]
    public string Email { get; set; } = "";
}

public sealed class UserEditModel : RoleFormModel;
