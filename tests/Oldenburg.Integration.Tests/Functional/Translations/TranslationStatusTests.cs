using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using static Oldenburg.Integration.Tests.Infrastructure.TranslationPages;

namespace Oldenburg.Integration.Tests.Functional.Translations;

/// <summary>Translation status through the real admin forms: each test makes its own offer.</summary>
[Collection(WritableSite.Name)]
public class TranslationStatusTests(SiteFactory site)
{
    [Fact]
    public async Task NewOffer_GermanAndArabic_ArabicUpToDateEnglishMissing()
    {
        using var browser = await site.SignedInBrowserAsync();

        var edit = await CreateOfferAsync(browser);

        Assert.Equal("UpToDate", await StateOnEditPageAsync(browser, edit, "ar"));
        Assert.Equal("Missing", await StateOnEditPageAsync(browser, edit, "en"));
    }

    [Fact]
    public async Task GermanChanged_WithoutMinorTick_ArabicOutdatedAndCoverageCounts()
    {
        using var browser = await site.SignedInBrowserAsync();
        var edit = await CreateOfferAsync(browser);
        var before = (await browser.GetPageAsync(CoveragePath)).Document;

        await SaveOkAsync(browser, edit, new() { [("de", "Summary")] = "Inhaltlich neu gefasst." });

        Assert.Equal("Outdated", await StateOnEditPageAsync(browser, edit, "ar"));
        var after = (await browser.GetPageAsync(CoveragePath)).Document;
        Assert.Equal(Count(before, "ar", "outdated") + 1, Count(after, "ar", "outdated"));
        Assert.Equal(Count(before, "ar", "uptodate") - 1, Count(after, "ar", "uptodate"));
        Assert.Equal(Count(before, "en", "missing"), Count(after, "en", "missing"));
    }

    [Fact]
    public async Task GermanChanged_WithMinorTick_ArabicStaysUpToDate()
    {
        using var browser = await site.SignedInBrowserAsync();
        var edit = await CreateOfferAsync(browser);

        await SaveOkAsync(browser, edit, new() { [("de", "Summary")] = "Ein Tippfehler weniger." }, minorChange: true);

        Assert.Equal("UpToDate", await StateOnEditPageAsync(browser, edit, "ar"));
    }

    [Fact]
    public async Task OutdatedArabic_UpdatedAfterGerman_UpToDateAgain()
    {
        using var browser = await site.SignedInBrowserAsync();
        var edit = await CreateOfferAsync(browser);
        await SaveOkAsync(browser, edit, new() { [("de", "Summary")] = "Neuer deutscher Inhalt." });
        Assert.Equal("Outdated", await StateOnEditPageAsync(browser, edit, "ar"));

        await SaveOkAsync(browser, edit, new() { [("ar", "Summary")] = "محتوى جديد" });

        Assert.Equal("UpToDate", await StateOnEditPageAsync(browser, edit, "ar"));
    }

    [Fact]
    public async Task ArabicEmptied_StatusMissing()
    {
        using var browser = await site.SignedInBrowserAsync();
        var edit = await CreateOfferAsync(browser);

        await SaveOkAsync(browser, edit, new() { [("ar", "Title")] = "", [("ar", "Summary")] = "", [("ar", "Body")] = "" });

        Assert.Equal("Missing", await StateOnEditPageAsync(browser, edit, "ar"));
        var id = int.Parse(edit.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(await site.WithDbAsync(db => db.TranslationStatuses.AnyAsync(r => r.ContentType == "offers" && r.ContentId == id && r.Culture == "ar")));
    }

    [Fact]
    public async Task Drilldown_OutdatedOffer_ListedWithEditAndTranslateLinks()
    {
        using var browser = await site.SignedInBrowserAsync();
        var edit = await CreateOfferAsync(browser);
        var id = edit.Split('/')[^1];
        await SaveOkAsync(browser, edit, new() { [("de", "Body")] = "Ganz anderer Text." });

        var page = await browser.GetPageAsync($"{CoveragePath}?language=ar");

        var item = page.Document.QuerySelector($"[data-list='outdated'] li[data-ref='offers/{id}']");
        Assert.NotNull(item);
        var links = item.QuerySelectorAll("a").Select(a => a.ResolvedPath()).ToList();
        Assert.Contains($"/admin/offers/edit/{id}", links, StringComparer.OrdinalIgnoreCase);
        Assert.Contains($"/admin/offers/translate/{id}?language=ar", links, StringComparer.OrdinalIgnoreCase);
        Assert.Null(page.Document.QuerySelector($"[data-list='missing'] li[data-ref='offers/{id}']"));
    }

    [Fact]
    public async Task OfferWithoutStatusRows_GermanChanged_TranslationsFromBeforeBecomeOutdated()
    {
        // As content from before status tracking (and seeded content): translations but no status rows.
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Alt").WithTranslation("ar", "قديم").Build());
        using var browser = await site.SignedInBrowserAsync();
        var edit = $"/admin/offers/edit/{offer.Id}";
        Assert.Equal("UpToDate", await StateOnEditPageAsync(browser, edit, "ar"));

        await SaveOkAsync(browser, edit, new() { [("de", "Title")] = "Neu" });

        Assert.Equal("Outdated", await StateOnEditPageAsync(browser, edit, "ar"));
    }

    [Fact]
    public async Task DeletedOffer_StatusRowsRemoved()
    {
        using var browser = await site.SignedInBrowserAsync();
        var edit = await CreateOfferAsync(browser);
        var id = int.Parse(edit.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var confirm = (await browser.GetPageAsync($"/admin/offers/delete/{id}")).Document.QuerySelector("main form")!;

        var response = await new HtmlForm((AngleSharp.Html.Dom.IHtmlFormElement)confirm).PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.TranslationStatuses.AnyAsync(r => r.ContentType == "offers" && r.ContentId == id)));
    }

    [Fact]
    public async Task PageGermanChanged_WithoutMinorTick_ArabicOutdated()
    {
        var page = await site.InsertAsync(new PageBuilder().WithTranslation("de", "Seite", "Text").WithTranslation("ar", "صفحة", "نص").Build());
        using var browser = await site.SignedInBrowserAsync();
        var edit = $"/admin/pages/edit/{page.Id}";

        await SaveOkAsync(browser, edit, new() { [("de", "Body")] = "Neuer Text" }, minorChange: true);
        Assert.Equal("UpToDate", await StateOnEditPageAsync(browser, edit, "ar"));
        await SaveOkAsync(browser, edit, new() { [("de", "Body")] = "Noch ein neuer Text" });

        Assert.Equal("Outdated", await StateOnEditPageAsync(browser, edit, "ar"));
    }

    private static async Task SaveOkAsync(
        HttpClient browser, string edit, Dictionary<(string, string), string> texts, bool minorChange = false)
    {
        var response = await SaveTextsAsync(browser, edit, texts, minorChange);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A draft offer in German and Arabic created through the admin form; returns its edit path.</summary>
    private async Task<string> CreateOfferAsync(HttpClient browser)
    {
        var slug = Unique.Name("uebersetzt");
        var form = (await browser.GetPageAsync("/admin/offers/create")).Document.FormWithField("Slug");
        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Slug"] = slug,
            [TextField(form, "de", "Title")] = "Beratung",
            [TextField(form, "de", "Summary")] = "Wir beraten.",
            [TextField(form, "ar", "Title")] = "استشارة",
            [TextField(form, "ar", "Summary")] = "نحن نقدم الاستشارة.",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return $"/admin/offers/edit/{await OfferIdAsync(site, slug)}";
    }
}
