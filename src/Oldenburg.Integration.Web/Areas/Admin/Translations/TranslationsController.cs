using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Content;

namespace Oldenburg.Integration.Web.Areas.Admin.Translations;

/// <summary>How far each language keeps up with the German source, site-wide, with the items to work on.</summary>
public sealed class TranslationsController(TranslationTracker tracker, ContentCatalog catalog) : AdminController
{
    [HttpGet]
    // "language", not "culture": the request-culture provider reads ?culture= and would switch the admin's formatting.
    public async Task<IActionResult> Index(string? language, CancellationToken cancellationToken)
    {
        var report = await tracker.CoverageAsync(catalog, cancellationToken);
        var selected = report.For(language);
        if (language is not null && selected is null)
        {
            ModelState.AddModelError("", "Diese Sprache wird auf der Website nicht angeboten. Bitte wählen Sie eine Sprache aus der Tabelle.");
        }

        return View(new TranslationsViewModel(report, selected, catalog.Kinds.ToDictionary(k => k.Key, k => k.Label, StringComparer.Ordinal)));
    }
}

public sealed record TranslationsViewModel(CoverageReport Report, CultureCoverage? Selected, IReadOnlyDictionary<string, string> KindLabels)
{
    public string LabelOf(ContentEntry entry) => KindLabels.GetValueOrDefault(entry.Ref.Type, entry.Ref.Type);
}

public sealed record TranslationListModel(string Key, string Heading, string Culture, IReadOnlyList<ContentEntry> Entries, TranslationsViewModel Page);
