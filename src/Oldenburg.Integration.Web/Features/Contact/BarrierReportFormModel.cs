using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Shared.PublicForms;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>What the barrier-report form posts. Labels and messages come from ContactResource.</summary>
[FeatureResource(typeof(ContactResource))]
public sealed class BarrierReportFormModel : IHoneypotForm, IMessageForm
{
    [StringLength(PublicMessage.PathMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(LocalPaths.Pattern, ErrorMessage = "Validation.LocalPath")]
    [Display(Name = "Field.From")]
    public string? From { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(PublicMessage.TextMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Barrier")]
    public string? Message { get; set; }

    [StringLength(PublicMessage.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    [StringLength(PublicMessage.EmailMaxLength, ErrorMessage = "Validation.MaxLength")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string? Email { get; set; }

    [Display(Name = "Form.Extra")]
    public string? Extra { get; set; }

    string? IMessageForm.TaskKey => null;

    string? IMessageForm.FromPath => From;
}
