using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Areas.Admin.Lookups;

/// <summary>The list kind is part of every URL here, so this controller has its own conventional route (PipelineExtensions).</summary>
public sealed class LookupsController(LookupSets sets, AuditLog audit, PublicCache publicCache, TimeProvider clock) : AdminController
{
    [HttpGet]
    public IActionResult Index() => View(LookupKind.All);

    [HttpGet]
    public async Task<IActionResult> List(string kind, CancellationToken cancellationToken)
    {
        if (sets.For(kind) is not { } set)
        {
            return NotFound();
        }

        ViewData["Kind"] = set.Kind;
        return View(await set.ListAsync(cancellationToken));
    }

    [HttpGet]
    public IActionResult Create(string kind) =>
        sets.For(kind) is { } set ? EditView(set, null, LookupEditModel.Empty()) : NotFound();

    [HttpPost]
    public Task<IActionResult> Create(string kind, LookupEditModel model, CancellationToken cancellationToken) =>
        SaveAsync(kind, null, model, cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Edit(string kind, int id, CancellationToken cancellationToken)
    {
        if (sets.For(kind) is not { } set || await set.LoadAsync(id, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        return EditView(set, id, model);
    }

    [HttpPost]
    public Task<IActionResult> Edit(string kind, int id, LookupEditModel model, CancellationToken cancellationToken) =>
        SaveAsync(kind, id, model, cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Delete(string kind, int id, CancellationToken cancellationToken)
    {
        if (sets.For(kind) is not { } set || await set.LoadAsync(id, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        var usage = await set.UsageCountAsync(id, cancellationToken);

        // Staged before the delete, whose save stores it; a refused delete saves nothing and the entry is dropped.
        audit.Add(AuditActions.LookupDeleted, StaffName, AuditLog.LookupsSubject, Number(id), $"{set.Kind.Singular} „{model.GermanName}“");
        var outcome = await set.DeleteAsync(id, cancellationToken);
        if (outcome == LookupDeleteOutcome.Deleted)
        {
            await publicCache.EvictAsync([CacheTags.Lookups], cancellationToken);
        }

        Flash(outcome switch
        {
            LookupDeleteOutcome.InUse => $"„{model.GermanName}“ wird noch von {Math.Max(usage, 1)} {set.Kind.UsedBy} verwendet und kann nicht gelöscht werden. Bitte ändern Sie zuerst diese Einträge.",
            LookupDeleteOutcome.Deleted => $"„{model.GermanName}“ wurde gelöscht.",
            _ => $"„{model.GermanName}“ gibt es nicht mehr.",
        });
        return RedirectToAction(nameof(List), new { kind });
    }

    private async Task<IActionResult> SaveAsync(string kind, int? id, LookupEditModel model, CancellationToken cancellationToken)
    {
        if (sets.For(kind) is not { } set)
        {
            return NotFound();
        }

        var key = model.Key?.Trim() ?? "";
        if (set.Kind.IsLanguage && key.Length > 0 && !LookupEditModel.IsLanguageKey(key))
        {
            ModelState.AddModelError(nameof(LookupEditModel.Key), "Bitte geben Sie einen Sprachcode nach ISO 639 ein, z. B. „ar“ oder „fa“.");
        }
        else if (key.Length > 0 && await set.KeyTakenAsync(key, id, cancellationToken))
        {
            ModelState.AddModelError(nameof(LookupEditModel.Key), "Dieser Schlüssel ist schon vergeben. Bitte wählen Sie einen anderen.");
        }

        if (id is not null)
        {
            if (await set.LoadAsync(id.Value, cancellationToken) is not { } stored)
            {
                return NotFound();
            }

            ModelState.RefuseIfStale(model, new DateTime(stored.LoadedVersion, DateTimeKind.Utc), LookupConflict.Message(stored, model));
        }

        if (!ModelState.IsValid)
        {
            return EditView(set, id, model);
        }

        // Staged before the save that stores it with the change; a new entry's number is not known yet.
        audit.Add(AuditActions.LookupSaved, StaffName, AuditLog.LookupsSubject, id is null ? null : Number(id.Value),
            $"{set.Kind.Singular} „{model.GermanName}“", id is null ? "neu angelegt" : null);
        if (await set.SaveAsync(id, model, StaffName, clock.GetUtcNow().UtcDateTime, cancellationToken) is null)
        {
            return NotFound();
        }

        await publicCache.EvictAsync([CacheTags.Lookups], cancellationToken);
        Flash($"„{model.GermanName}“ wurde gespeichert.");
        return RedirectToAction(nameof(List), new { kind });
    }

    private static string Number(int id) => id.ToString(CultureInfo.InvariantCulture);

    private ViewResult EditView(ILookupSet set, int? id, LookupEditModel model)
    {
        ViewData["Kind"] = set.Kind;
        ViewData["LookupId"] = id;
        return View("Edit", model);
    }
}
