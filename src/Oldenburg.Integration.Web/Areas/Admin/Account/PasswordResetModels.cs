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

public sealed class ResetPasswordModel : NewPasswordModel
{
    [Required]
    [StringLength(100)]
    public string Id { get; set; } = "";

    [Required]
    [StringLength(2000)]
    public string Token { get; set; } = "";
}
