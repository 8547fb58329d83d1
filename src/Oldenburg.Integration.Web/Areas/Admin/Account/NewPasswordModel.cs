using System.ComponentModel.DataAnnotations;

namespace Oldenburg.Integration.Web.Areas.Admin.Account;

/// <summary>
/// A new password typed twice: changing it, setting it from an invitation and resetting it ask the
/// same way. The policy itself (length, common passwords) is Identity's, checked when it is stored.
/// </summary>
public abstract class NewPasswordModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "Das Passwort muss mindestens 12 Zeichen lang sein.")]
    [Display(Name = "Neues Passwort")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Compare(nameof(NewPassword), ErrorMessage = "Die beiden neuen Passwörter stimmen nicht überein.")]
    [Display(Name = "Neues Passwort wiederholen")]
    public string ConfirmPassword { get; set; } = "";
}
