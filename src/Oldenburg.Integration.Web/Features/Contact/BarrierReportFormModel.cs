using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>What the barrier-report form posts: the page it is about, and the barrier.</summary>
[FeatureResource(typeof(ContactResource))]
public sealed class BarrierReportFormModel : MessageFormModel
{
    [StringLength(PublicMessage.PathMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(LocalPaths.Pattern, ErrorMessage = "Validation.LocalPath")]
    [Display(Name = "Field.From")]
    public string? From { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(PublicMessage.TextMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Barrier")]
    public override string? Message { get; set; }

    public override string? FromPath => From;
}
