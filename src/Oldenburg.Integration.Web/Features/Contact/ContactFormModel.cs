using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>What the contact form posts.</summary>
[FeatureResource(typeof(ContactResource))]
public sealed class ContactFormModel : MessageFormModel
{
    [Display(Name = "Field.Task")]
    public override string? TaskKey { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(PublicMessage.TextMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Message")]
    public override string? Message { get; set; }
}
