using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Links;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Events;

/// <summary>The rules that tie fields together: times, place, registration and fee.</summary>
public sealed partial class EventEditModel
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartDate is { } start && EventTimes.Resolve(start, StartTime, EndDate, EndTime, IsAllDay) is { Error: { } error, Field: { } field })
        {
            yield return new ValidationResult(error, [field]);
        }

        if (IsOnline && !WebAddress.IsValid(OnlineUrl))
        {
            yield return new ValidationResult("Bitte geben Sie den Link zur Online-Veranstaltung ein, beginnend mit https://.", [nameof(OnlineUrl)]);
        }

        if (!IsOnline && string.IsNullOrWhiteSpace(Street) && string.IsNullOrWhiteSpace(PlaceName))
        {
            yield return new ValidationResult("Bitte geben Sie den Ort an (Name oder Straße) oder wählen Sie „Online-Veranstaltung“.", [nameof(Street)]);
        }

        if (!string.IsNullOrWhiteSpace(RegistrationUrl) && !WebAddress.IsValid(RegistrationUrl))
        {
            yield return new ValidationResult(WebAddress.InvalidMessage, [nameof(RegistrationUrl)]);
        }

        if (RegistrationRequired && string.IsNullOrWhiteSpace(RegistrationUrl) && string.IsNullOrWhiteSpace(RegistrationContact))
        {
            yield return new ValidationResult("Bitte geben Sie an, wo man sich anmeldet: einen Link oder einen Kontakt.", [nameof(RegistrationContact)]);
        }

        if (!IsFree && string.IsNullOrWhiteSpace(FeeText))
        {
            yield return new ValidationResult("Bitte geben Sie an, was die Teilnahme kostet, z. B. „5 Euro, ermäßigt 2 Euro“.", [nameof(FeeText)]);
        }

        foreach (var result in TranslationTexts.Validate(
            Texts,
            nameof(Texts),
            new RequiredText<EventTextEditModel>(nameof(EventTextEditModel.Title), t => t.Title, "Bitte geben Sie einen deutschen Titel ein.", "den Titel"),
            new RequiredText<EventTextEditModel>(nameof(EventTextEditModel.Description), t => t.Description, "Bitte geben Sie eine deutsche Beschreibung ein.", "die Beschreibung")))
        {
            yield return result;
        }
    }
}
