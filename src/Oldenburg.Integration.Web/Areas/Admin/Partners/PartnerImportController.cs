using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Oldenburg.Integration.Web.Areas.Admin.Access;
using Oldenburg.Integration.Web.Areas.Admin.Partners.Csv;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

[ContentGrant(PartnerDefinition.ContentKey)]
public sealed class PartnerImportController(CsvImportService import, PublicCache publicCache, TimeProvider clock) : AdminController
{
    private const string ImportView = "Import";

    [HttpGet]
    public async Task Export(CancellationToken cancellationToken)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"partner-{clock.GetUtcNow().UtcDateTime:yyyy-MM-dd}.csv",
        }.ToString();
        await import.ExportAsync(Response.Body, cancellationToken);
    }

    [HttpGet]
    public IActionResult Import() => View(ImportView, null);

    /// <summary>Step one: store the upload and show what would happen, changing nothing.</summary>
    [HttpPost]
    [RequestSizeLimit(CsvImportService.MaxBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = CsvImportService.MaxBytes + (64 * 1024))]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken) =>
        View(ImportView, await import.UploadAsync(file, cancellationToken));

    /// <summary>Step two: import the previewed file's rows that had no errors.</summary>
    [HttpPost]
    public async Task<IActionResult> Commit(string? id, string? hash, CancellationToken cancellationToken)
    {
        var result = await import.CommitAsync(id, hash, StaffName, cancellationToken);
        if (result is null)
        {
            Flash("Die Vorschau ist abgelaufen oder wurde schon importiert. Bitte laden Sie die Datei erneut hoch.");
            return RedirectToAction(nameof(Import));
        }

        if (result.FileError is not null)
        {
            return View(ImportView, result);
        }

        await publicCache.EvictAsync([PartnerDefinition.ContentKey], cancellationToken);
        Flash($"Import abgeschlossen: {result.Count(ImportAction.Create)} angelegt, {result.Count(ImportAction.Update)} geändert, {result.Count(ImportAction.Unchanged)} unverändert, {result.Count(ImportAction.Error)} mit Fehlern übersprungen.");
        return RedirectToAction("Index", "Partners");
    }
}
