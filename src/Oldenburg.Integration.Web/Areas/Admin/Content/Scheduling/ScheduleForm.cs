using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Content.Scheduling;

/// <summary>An edit form with the "Zeitsteuerung" fieldset (partial <c>_Schedule</c>): Berlin wall-clock times.</summary>
public interface ISchedulableEditModel
{
    [Display(Name = "Veröffentlichen am")]
    DateTime? PublishAtLocal { get; set; }

    [Display(Name = "Zurückziehen am")]
    DateTime? UnpublishAtLocal { get; set; }
}

/// <summary>
/// Loads, checks and applies the schedule of any content form, so that every content type shares
/// one set of rules. Call <see cref="Validate"/> before <c>ModelState.IsValid</c>, then
/// <see cref="ApplyTo"/> after the form's own <c>ApplyTo</c>.
/// </summary>
public static class ScheduleForm
{
    public static void Load(ISchedulableEditModel model, ContentItem item)
    {
        model.PublishAtLocal = item.PublishAt is { } publish ? BerlinTime.ToLocal(publish) : null;
        model.UnpublishAtLocal = item.UnpublishAt is { } unpublish ? BerlinTime.ToLocal(unpublish) : null;
    }

    /// <summary>German errors at the fields; <paramref name="stored"/> is null for a new item. A time kept unchanged need not lie in the future.</summary>
    public static void Validate(ModelStateDictionary modelState, ISchedulableEditModel model, ContentItem? stored, DateTime utcNow)
    {
        var publish = Check(modelState, nameof(ISchedulableEditModel.PublishAtLocal), model.PublishAtLocal, stored?.PublishAt, utcNow);
        var unpublish = Check(modelState, nameof(ISchedulableEditModel.UnpublishAtLocal), model.UnpublishAtLocal, stored?.UnpublishAt, utcNow);
        if (publish is { } from && unpublish is { } until && until <= from)
        {
            modelState.AddModelError(
                nameof(ISchedulableEditModel.UnpublishAtLocal),
                "Der Zeitpunkt zum Zurückziehen muss nach dem Zeitpunkt zum Veröffentlichen liegen.");
        }
    }

    /// <summary>Stores the form's times as UTC; call only after <see cref="Validate"/> found no error.</summary>
    public static void ApplyTo(ISchedulableEditModel model, ContentItem item)
    {
        item.PublishAt = ToUtc(model.PublishAtLocal);
        item.UnpublishAt = ToUtc(model.UnpublishAtLocal);
    }

    private static DateTime? ToUtc(DateTime? local) =>
        local is { } value && BerlinTime.TryToUtc(Minutes(value), out var utc) ? utc : null;

    private static DateTime? Check(ModelStateDictionary modelState, string key, DateTime? local, DateTime? stored, DateTime utcNow)
    {
        if (local is not { } value || modelState.GetFieldValidationState(key) == ModelValidationState.Invalid)
        {
            return null;
        }

        if (!BerlinTime.TryToUtc(Minutes(value), out var utc))
        {
            modelState.AddModelError(key, BerlinTime.SkippedTimeMessage(value));
            return null;
        }

        if (utc != stored && utc <= utcNow)
        {
            modelState.AddModelError(key, "Dieser Zeitpunkt ist schon vorbei. Bitte wählen Sie einen Zeitpunkt in der Zukunft oder lassen Sie das Feld leer.");
            return null;
        }

        return utc;
    }

    // The form offers minutes; seconds posted by hand would only make the schedule look odd.
    private static DateTime Minutes(DateTime value) => new(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0, DateTimeKind.Unspecified);
}
