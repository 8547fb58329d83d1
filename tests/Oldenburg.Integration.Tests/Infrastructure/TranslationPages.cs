using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Drives translated admin forms by language and reads the translation status they show.</summary>
public static class TranslationPages
{
    public const string CoveragePath = "/admin/translations";

    /// <summary>The name of <paramref name="property"/> in the form's text block of <paramref name="culture"/>.</summary>
    public static string TextField(HtmlForm form, string culture, string property)
    {
        var field = form.Fields.FirstOrDefault(f => f.Key.StartsWith("Texts[", StringComparison.Ordinal)
            && f.Key.EndsWith("].Culture", StringComparison.Ordinal) && f.Value == culture);
        Assert.False(field.Key is null, $"The form has no {culture} text block.");
        return field.Key[..^"Culture".Length] + property;
    }

    /// <summary>Opens an item's edit form, applies per-language text changes and posts it; returns the response.</summary>
    public static async Task<HttpResponseMessage> SaveTextsAsync(
        HttpClient browser, string editPath, IReadOnlyDictionary<(string Culture, string Property), string> texts, bool minorChange = false)
    {
        var form = (await browser.GetPageAsync(editPath)).Document.FormWithField("Slug");
        var changes = texts.ToDictionary(t => TextField(form, t.Key.Culture, t.Key.Property), t => t.Value);
        if (minorChange)
        {
            changes["MinorChange"] = "true";
        }

        return await form.PostAsync(browser, changes);
    }

    /// <summary>The state ("Missing", "UpToDate", "Outdated") the edit page shows for a language.</summary>
    public static async Task<string?> StateOnEditPageAsync(HttpClient browser, string editPath, string culture)
    {
        var page = await browser.GetPageAsync(editPath);
        return page.Document.QuerySelector($".translation-status [data-culture='{culture}']")?.GetAttribute("data-state");
    }

    public static Task<int> OfferIdAsync(SiteFactory site, string slug) =>
        site.WithDbAsync(db => db.Offers.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync());

    /// <summary>One count ("uptodate", "outdated", "missing", "percent") of a language on the coverage page.</summary>
    public static int Count(IDocument coverage, string culture, string count)
    {
        var cell = coverage.QuerySelector($".translations-coverage tr[data-culture='{culture}'] [data-count='{count}']");
        Assert.True(cell is not null, $"No {count} count for {culture} on the coverage page.");
        return int.Parse(cell.TextContent.Replace("%", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
