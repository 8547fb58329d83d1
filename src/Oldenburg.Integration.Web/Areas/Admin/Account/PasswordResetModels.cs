using System.ComponentModel.DataAnnotations;

namespace Oldenburg.Integration.Web.Areas.Admin.Account;

public sealed class ForgotPasswordModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(254, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "E-Mail-Adresse")]
    public string Email { get; set; } = "";
}

public sealed class ResetPasswordModel
{
    [Required]
    [StringLength(100)]
    public string Id { get; set; } = "";

    [Required]
    [StringLength(2000)]
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "Das Passwort muss mindestens 12 Zeichen lang sein.")]
    [Display(Name = "Neues Passwort")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Compare(nameof(NewPassword), ErrorMessage = "Die beiden Passwörter stimmen nicht überein.")]
    [Display(Name = "Neues Passwort wiederholen")]
    public string ConfirmPassword { get; set; } = "";
}
