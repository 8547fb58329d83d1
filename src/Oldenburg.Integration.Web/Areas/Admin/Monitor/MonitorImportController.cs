using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Access;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Monitor;

/// <summary>Values of one indicator from CSV: preview first, nothing changes until staff confirm.</summary>
[ContentGrant(MonitorDefinition.ContentKey)]
public sealed class MonitorImportController(MonitorImport import, MonitorValueStore store) : AdminController
{
    private const string ImportView = "Import";

    [HttpGet]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken) =>
        await store.IndicatorAsync(id, cancellationToken) is { } indicator ? View(ImportView, new MonitorImportPage(indicator, null)) : NotFound();

    [HttpPost]
    [RequestSizeLimit(MonitorImport.MaxBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = MonitorImport.MaxBytes + (64 * 1024))]
    public async Task<IActionResult> Index(int id, IFormFile? file, CancellationToken cancellationToken) =>
        await store.IndicatorAsync(id, cancellationToken) is { } indicator
            ? View(ImportView, new MonitorImportPage(indicator, await import.PreviewAsync(indicator, file, cancellationToken)))
            : NotFound();

    [HttpPost]
    public async Task<IActionResult> Commit(int id, string? upload, string? hash, CancellationToken cancellationToken)
    {
        if (await store.IndicatorAsync(id, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        var result = await import.CommitAsync(indicator, upload, hash, StaffName, cancellationToken);
        if (result is null)
        {
            Flash("Die Vorschau ist abgelaufen oder wurde schon importiert. Bitte laden Sie die Datei erneut hoch.");
            return RedirectToAction(nameof(Index), new { id });
        }

        if (result.FileError is not null)
        {
            return View(ImportView, new MonitorImportPage(indicator, result));
        }

        Flash($"Import abgeschlossen: {result.Rows.Count(r => r.Cell is not null)} Werte übernommen, {result.Rows.Count(r => r.Cell is null)} Zeilen mit Problemen übersprungen.");
        return RedirectToAction(nameof(MonitorValuesController.Index), "MonitorValues", new { id });
    }
}

public sealed record MonitorImportPage(MonitorIndicator Indicator, MonitorImportPreview? Preview)
{
    public string Title => Indicator.Translations.FirstOrDefault(t => t.Culture == ContentTranslation.SourceCulture)?.Title ?? Indicator.Slug;
}
