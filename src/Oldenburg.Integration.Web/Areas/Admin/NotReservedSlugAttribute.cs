using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin;

/// <summary>Refuses a slug that a public route already uses as a fixed segment (<see cref="Slugs.Reserved"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotReservedSlugAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string slug && Slugs.IsReserved(slug)
            ? new ValidationResult(Slugs.ReservedMessage(slug), validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}
