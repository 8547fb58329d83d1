using System.ComponentModel.DataAnnotations;

namespace Oldenburg.Integration.Web.Areas.Admin.TwoFactorSignIn;

public sealed class TwoFactorCodeModel
{
    [StringLength(40, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }

    /// <summary>Apps show codes as "123 456" and people type them with spaces; only the characters count.</summary>
    public static string Normalize(string? code) =>
        string.Concat((code ?? "").Where(c => !char.IsWhiteSpace(c)));
}
