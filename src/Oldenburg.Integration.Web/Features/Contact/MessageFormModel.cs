using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Shared.PublicForms;

namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>
/// What the contact form and the barrier-report form share: the optional sender and the honeypot.
/// Each form adds its message field with its own label; labels come from ContactResource.
/// </summary>
public abstract class MessageFormModel : IHoneypotForm
{
    [StringLength(PublicMessage.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    [StringLength(PublicMessage.EmailMaxLength, ErrorMessage = "Validation.MaxLength")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string? Email { get; set; }

    [Display(Name = "Form.Extra")]
    public string? Extra { get; set; }

    public abstract string? Message { get; set; }

    /// <summary>The slug of the office's task the message concerns, if the form asks for one.</summary>
    public virtual string? TaskKey { get; set; }

    /// <summary>The local path of the page a barrier report is about, if the form asks for one.</summary>
    public virtual string? FromPath => null;
}
