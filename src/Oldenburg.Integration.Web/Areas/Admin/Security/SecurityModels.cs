using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Oldenburg.Integration.Web.Areas.Admin.Security;

public sealed record SecurityStatusViewModel(bool Enabled, int RecoveryCodesLeft, bool Required);

public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes, bool JustEnabled);

/// <summary>The set-up form binds only <see cref="Code"/>; the rest is what the page shows.</summary>
public sealed class TwoFactorSetupModel
{
    [StringLength(20, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Code aus der App")]
    public string Code { get; set; } = "";

    [BindNever]
    public string GroupedKey { get; set; } = "";

    [BindNever]
    public string QrSvg { get; set; } = "";

    [BindNever]
    public bool Required { get; set; }
}

public sealed class TwoFactorDisableModel
{
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Ihr Passwort")]
    public string? Password { get; set; }

    [StringLength(20, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "oder: Code aus der App")]
    public string? Code { get; set; }
}
