using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Translations;

/// <summary>A translation no native speaker has checked carries a public note until staff mark it reviewed (ADR 0037).</summary>
[Collection(WritableSite.Name)]
public class TranslationReviewTests(SiteFactory site)
{
    private const string Notice = ".translation-unreviewed";

    [Fact]
    public async Task ReviewMark_TickedThenUnticked_NoticeGoesAndComesBack()
    {
        var slug = Unique.Name("gepruefte-uebersetzung");
        var offer = await site.InsertAsync(new OfferBuilder().WithSlug(slug)
            .WithTranslation("de", "Beratung", "Kurz", "Lang")
            .WithTranslation("tr", "Danışmanlık", "Kısa", "Uzun").Build());
        var reader = site.CreateClient();
        Assert.NotNull((await reader.GetPageAsync($"/tr/offers/{slug}")).Document.QuerySelector(Notice));

        var editor = await site.EditorAsync();
        var saved = await SaveReviewAsync(editor, offer.Id, reviewed: true);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Null((await reader.GetPageAsync($"/tr/offers/{slug}")).Document.QuerySelector(Notice));
        var edit = await editor.GetPageAsync($"/admin/offers/edit/{offer.Id}");
        Assert.Equal("true", edit.Document.QuerySelector(".translation-status [data-culture='tr'] [data-reviewed]")?.GetAttribute("data-reviewed"));
        var overview = await editor.GetPageAsync($"{TranslationPages.CoveragePath}?language=tr");
        Assert.DoesNotContain(overview.Document.QuerySelectorAll("[data-list='unreviewed'] li"), li => li.GetAttribute("data-ref") == $"offers/{offer.Id}");

        await SaveReviewAsync(editor, offer.Id, reviewed: false);

        Assert.NotNull((await reader.GetPageAsync($"/tr/offers/{slug}")).Document.QuerySelector(Notice));
        overview = await editor.GetPageAsync($"{TranslationPages.CoveragePath}?language=tr");
        Assert.Contains(overview.Document.QuerySelectorAll("[data-list='unreviewed'] li"), li => li.GetAttribute("data-ref") == $"offers/{offer.Id}");
    }

    [Fact]
    public async Task ReviewMark_TextChangedWithoutTick_IsCleared()
    {
        var slug = Unique.Name("geaenderte-uebersetzung");
        var offer = await site.InsertAsync(new OfferBuilder().WithSlug(slug)
            .WithTranslation("de", "Beratung", "Kurz", "Lang")
            .WithTranslation("pl", "Doradztwo", "Krótko", "Długo").Build());
        var editor = await site.EditorAsync();
        await SaveReviewAsync(editor, offer.Id, reviewed: true, "pl");

        var form = (await editor.GetPageAsync($"/admin/offers/translate/{offer.Id}?language=pl")).Document.FormWithField("Values[Title]");
        Assert.Equal("true", form.Value("Reviewed"));
        await form.PostAsync(editor, new Dictionary<string, string> { ["Values[Title]"] = "Doradztwo i wsparcie" }, omit: ["Reviewed"]);

        Assert.NotNull((await site.CreateClient().GetPageAsync($"/pl/offers/{slug}")).Document.QuerySelector(Notice));
    }

    [Fact]
    public async Task Notice_GermanFallback_ShowsFallbackNoticeOnly()
    {
        var slug = Unique.Name("nur-deutsch");
        await site.InsertAsync(new OfferBuilder().WithSlug(slug).WithTranslation("de", "Nur Deutsch", "Kurz", "Lang").Build());

        var page = await site.CreateClient().GetPageAsync($"/uk/offers/{slug}");

        Assert.NotNull(page.Document.QuerySelector(".fallback-notice"));
        Assert.Null(page.Document.QuerySelector(Notice));
    }

    private static async Task<HttpResponseMessage> SaveReviewAsync(HttpClient editor, int id, bool reviewed, string language = "tr")
    {
        var form = (await editor.GetPageAsync($"/admin/offers/translate/{id}?language={language}")).Document.FormWithField("Values[Title]");
        return reviewed
            ? await form.PostAsync(editor, new Dictionary<string, string> { ["Reviewed"] = "true" })
            : await form.PostAsync(editor, omit: ["Reviewed"]);
    }
}
