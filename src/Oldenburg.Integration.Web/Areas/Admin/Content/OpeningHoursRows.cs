using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

public sealed class OpeningHoursEditModel
{
    [Display(Name = "Tag")]
    public DayOfWeek? Day { get; set; }

    [Display(Name = "Beginn")]
    public TimeOnly? Opens { get; set; }

    [Display(Name = "Ende")]
    public TimeOnly? Closes { get; set; }

    public bool IsEmpty => Day is null && Opens is null && Closes is null;

    /// <summary>How a row reads in the revision history: "Montag 09:00–12:00".</summary>
    public override string ToString() =>
        $"{RevisionSnapshot.Format(Day)} {RevisionSnapshot.Format(Opens)}–{RevisionSnapshot.Format(Closes)}".Trim();
}

/// <summary>
/// The opening-hours rows of every form that has them (office, partners), with the partial
/// <c>_OpeningHours</c>: one row per period, blank rows to add more, an emptied row removes it.
/// </summary>
public static class OpeningHoursRows
{
    public const int BlankRows = 3;

    public static List<OpeningHoursEditModel> From(IEnumerable<OpeningHoursRule> rules) =>
        [.. rules.OrderBy(h => Week.Order(h.Day)).ThenBy(h => h.Opens)
            .Select(h => new OpeningHoursEditModel { Day = h.Day, Opens = h.Opens, Closes = h.Closes })];

    /// <summary>The form always shows a few blank rows for new periods.</summary>
    public static List<OpeningHoursEditModel> WithBlankRows(IEnumerable<OpeningHoursEditModel> rows) =>
        [.. rows.Where(h => !h.IsEmpty), .. Enumerable.Range(0, BlankRows).Select(_ => new OpeningHoursEditModel())];

    public static IEnumerable<ValidationResult> Validate(IReadOnlyList<OpeningHoursEditModel> rows, string listName)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var hours = rows[i];
            if (hours.IsEmpty)
            {
                continue;
            }

            if (hours.Day is null || hours.Opens is null || hours.Closes is null)
            {
                yield return new ValidationResult("Bitte geben Sie Tag, Beginn und Ende an oder leeren Sie die Zeile.", [$"{listName}[{i}].{nameof(OpeningHoursEditModel.Day)}"]);
            }
            else if (hours.Closes <= hours.Opens)
            {
                yield return new ValidationResult("Das Ende muss nach dem Beginn liegen.", [$"{listName}[{i}].{nameof(OpeningHoursEditModel.Closes)}"]);
            }
        }
    }

    public static void ApplyTo(IEnumerable<OpeningHoursEditModel> rows, List<OpeningHoursRule> rules)
    {
        rules.Clear();
        rules.AddRange(rows
            .Where(h => !h.IsEmpty)
            .Select(h => new OpeningHoursRule { Day = h.Day!.Value, Opens = h.Opens!.Value, Closes = h.Closes!.Value }));
    }
}
