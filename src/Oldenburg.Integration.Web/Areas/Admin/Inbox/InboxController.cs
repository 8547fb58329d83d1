using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Inbox;

/// <summary>Messages from the public: the contact form and barrier reports, in one inbox.</summary>
public sealed class InboxController(InboxQueries queries, InboxCommands commands) : AdminController
{
    private const string StaleMessage =
        "Die Nachricht wurde inzwischen von einer anderen Person geändert. Bitte prüfen Sie den aktuellen Stand unten und wiederholen Sie Ihre Änderung, falls sie noch nötig ist.";

    [HttpGet]
    public async Task<IActionResult> Index(PublicMessageStatus? status, PublicMessageKind? kind, bool mine, CancellationToken cancellationToken)
    {
        // An unknown value in the address shows everything rather than an error.
        status = status is { } s && Enum.IsDefined(s) ? s : null;
        kind = kind is { } k && Enum.IsDefined(k) ? k : null;
        var filter = new InboxFilter(status, kind, mine ? StaffName : null);
        return View(new InboxIndexViewModel(filter, await queries.ListAsync(filter, cancellationToken)));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var details = await queries.DetailsAsync(id, cancellationToken);
        return details is null ? NotFound() : View(details);
    }

    [HttpPost]
    public async Task<IActionResult> Status(int id, PublicMessageStatus status, int version, CancellationToken cancellationToken) =>
        Outcome(id, await commands.SetStatusAsync(id, status, version, StaffName, cancellationToken), $"Status: {PublicMessage.StatusLabel(status)}.");

    [HttpPost]
    public async Task<IActionResult> Assign(int id, string? assignee, bool toMe, int version, CancellationToken cancellationToken)
    {
        var target = toMe ? StaffName : string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
        if (target is not null && !(await queries.StaffAsync(cancellationToken)).Any(s => s.UserName == target))
        {
            return Outcome(id, InboxOutcome.Invalid, "");
        }

        var result = await commands.AssignAsync(id, target, version, StaffName, cancellationToken);
        return Outcome(id, result, target is null ? "Die Zuweisung ist aufgehoben." : $"Zugewiesen an {target}.");
    }

    [HttpPost]
    public async Task<IActionResult> Note(int id, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > PublicMessageNote.TextMaxLength)
        {
            Flash($"Bitte schreiben Sie eine Notiz mit höchstens {PublicMessageNote.TextMaxLength} Zeichen. Es wurde nichts gespeichert.");
            return RedirectToAction(nameof(Details), new { id });
        }

        return Outcome(id, await commands.AddNoteAsync(id, text, StaffName, cancellationToken), "Die Notiz ist gespeichert.");
    }

    private IActionResult Outcome(int id, InboxOutcome outcome, string done)
    {
        switch (outcome)
        {
            case InboxOutcome.NotFound:
                return NotFound();
            case InboxOutcome.Stale:
                Flash(StaleMessage);
                break;
            case InboxOutcome.Invalid:
                Flash("Diese Auswahl gibt es nicht. Es wurde nichts geändert.");
                break;
            default:
                Flash(done);
                break;
        }

        return RedirectToAction(nameof(Details), new { id });
    }
}

public sealed record InboxIndexViewModel(InboxFilter Filter, IReadOnlyList<InboxRowViewModel> Rows);
