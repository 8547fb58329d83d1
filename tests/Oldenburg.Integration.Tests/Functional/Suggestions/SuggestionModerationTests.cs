using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Suggestions;

[Collection(SuggestionSites.Name)]
public class SuggestionModerationTests(SuggestionSite site)
{
    [Theory]
    [InlineData("/admin/suggestions")]
    [InlineData("/admin/suggestions/details/1")]
    [InlineData("/admin/suggestions/edit/1")]
    public async Task AdminRoutes_Anonymous_RedirectToLogin(string path)
    {
        var response = await site.CreateBrowser().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Staff.LoginPath, Staff.PathOf(response.Headers.Location!), ignoreCase: true);
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    [InlineData("edit")]
    public async Task AdminPosts_Anonymous_ChangeNothing(string action)
    {
        var suggestion = await site.AddSuggestionAsync(await site.AddSuggestionLookupsAsync());

        await site.CreateBrowser().PostAsync(new Uri($"/admin/suggestions/{action}/{suggestion.Id}", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(SuggestionStatus.Open, (await site.SuggestionAsync(suggestion.Id)).Status);
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    [InlineData("edit")]
    public async Task AdminPosts_WithoutAntiforgery_Return400AndChangeNothing(string action)
    {
        var suggestion = await site.AddSuggestionAsync(await site.AddSuggestionLookupsAsync());
        var browser = await site.SignedInBrowserAsync();

        var response = await browser.PostAsync(
            new Uri($"/admin/suggestions/{action}/{suggestion.Id}", UriKind.Relative),
            new FormUrlEncodedContent([new("publish", "true")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(SuggestionStatus.Open, (await site.SuggestionAsync(suggestion.Id)).Status);
    }

    [Fact]
    public async Task Index_OpenSuggestions_NewestFirstWithKindAndCountInMenu()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var partner = await site.AddPartnerAsync(keys);
        var older = await site.AddSuggestionAsync(keys, s => s.CreatedAt = DateTime.UtcNow.AddDays(-3));
        var newer = await site.AddSuggestionAsync(keys, s => s.PartnerId = partner.Id);
        var closed = await site.AddSuggestionAsync(keys, s => s.Status = SuggestionStatus.Rejected);
        var browser = await site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync("/admin/suggestions");

        var rows = page.Document.QuerySelectorAll("tbody tr").Select(r => r.NormalizedText()).ToList();
        var newerIndex = rows.FindIndex(r => r.Contains(newer.Name, StringComparison.Ordinal));
        var olderIndex = rows.FindIndex(r => r.Contains(older.Name, StringComparison.Ordinal));
        Assert.InRange(newerIndex, 0, olderIndex - 1);
        Assert.Contains("Korrektur", rows[newerIndex], StringComparison.Ordinal);
        Assert.Contains("Neuer Eintrag", rows[olderIndex], StringComparison.Ordinal);
        Assert.Contains("vor 3 Tagen", rows[olderIndex], StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.Contains(closed.Name, StringComparison.Ordinal));
        var open = await site.WithDbAsync(db => db.PartnerSuggestions.CountAsync(s => s.Status == SuggestionStatus.Open));
        Assert.Equal($"Vorschläge ({open})", page.Document.QuerySelector("nav a[href='/admin/suggestions']")!.NormalizedText());
    }

    [Fact]
    public async Task Details_Correction_MarksChangedFieldsWithText()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var partner = await site.AddPartnerAsync(keys);
        var suggestion = await site.AddSuggestionAsync(keys, s =>
        {
            s.PartnerId = partner.Id;
            s.Name = partner.Name;
            s.Phone = "0441 999999";
            s.Street = "Markt 1";
        });
        var browser = await site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync($"/admin/suggestions/details/{suggestion.Id}");

        var rows = page.Document.QuerySelectorAll("table.suggestion-compare tbody tr").ToDictionary(r => r.QuerySelector("th")!.NormalizedText().Replace(" Geändert", "", StringComparison.Ordinal), r => r);
        Assert.Contains("Geändert", rows["Telefon"].NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("0441 111111", rows["Telefon"].NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("0441 999999", rows["Telefon"].NormalizedText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Geändert", rows["Straße"].NormalizedText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Geändert", rows["Name"].NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("erika@example.org", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptAsDraft_NewSuggestion_CreatesDraftPartnerAndErasesPersonalData()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var suggestion = await site.AddSuggestionAsync(keys);
        var browser = await site.SignedInBrowserAsync();

        var response = await PostActionAsync(browser, suggestion.Id, "Übernehmen als Entwurf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var partner = await PartnerNamedAsync(suggestion.Name);
        Assert.Equal(PublishState.Draft, partner.State);
        var closed = await site.SuggestionAsync(suggestion.Id);
        Assert.Equal(SuggestionStatus.Accepted, closed.Status);
        Assert.Equal(partner.Id, closed.PartnerId);
        Assert.NotNull(closed.ClosedAt);
        Assert.False(string.IsNullOrEmpty(closed.ClosedBy));
        Assert.Null(closed.SubmitterEmail);
        Assert.Null(closed.SubmitterName);
        Assert.Null(closed.Message);
        Assert.NotNull(closed.PersonalDataErasedAt);
    }

    [Fact]
    public async Task AcceptAndPublish_NewSuggestion_CreatesPublishedPartnerWithMappedFields()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var suggestion = await site.AddSuggestionAsync(keys, s => s.Name = "Afrikanischer Elternverein Ölbach " + Unique.Name("x"));
        var browser = await site.SignedInBrowserAsync();

        await PostActionAsync(browser, suggestion.Id, "Übernehmen und veröffentlichen");

        var partner = await PartnerNamedAsync(suggestion.Name);
        Assert.Equal(PublishState.Published, partner.State);
        Assert.StartsWith("afrikanischer-elternverein-oelbach-", partner.Slug, StringComparison.Ordinal);
        Assert.Equal(keys.TypeKey, partner.Type!.Key);
        Assert.Equal(keys.DistrictKey, partner.District!.Key);
        Assert.Equal(new[] { keys.OtherTopicKey, keys.TopicKey }.Order(StringComparer.Ordinal), partner.Topics.Select(t => t.Key).Order(StringComparer.Ordinal));
        Assert.Equal([keys.LanguageKey], partner.Languages.Select(l => l.Key));
        Assert.Equal("Hauptstraße 5", partner.Street);
        Assert.Equal("https://verein.example", partner.Website);
        Assert.True(partner.BarrierFree);
        var text = Assert.Single(partner.Translations);
        Assert.Equal(("de", "Wir beraten Familien."), (text.Culture, text.ShortDescription));
        Assert.Contains("elternverein olbach", partner.SearchText, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(partner.UpdatedBy));
    }

    [Fact]
    public async Task Accept_Twice_ShowsMessageAndCreatesNoDuplicate()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var suggestion = await site.AddSuggestionAsync(keys);
        var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/suggestions/details/{suggestion.Id}")).Document.QuerySelectorAll<IHtmlFormElement>("form")
            .Select(f => new HtmlForm(f)).First(f => f.Element.TextContent.Contains("Übernehmen und veröffentlichen", StringComparison.Ordinal));

        await form.PostAsync(browser);
        var second = await form.PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var details = await browser.GetPageAsync(second.Headers.Location!.OriginalString);
        Assert.Contains("bereits abgeschlossen", details.Text, StringComparison.Ordinal);
        Assert.Equal(1, await site.WithDbAsync(db => db.Partners.CountAsync(p => p.Name == suggestion.Name)));
    }

    [Fact]
    public async Task Accept_Correction_UpdatesExistingPartner()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var partner = await site.AddPartnerAsync(keys);
        var suggestion = await site.AddSuggestionAsync(keys, s =>
        {
            s.PartnerId = partner.Id;
            s.Name = partner.Name + " e. V.";
            s.Phone = "0441 999999";
            s.TopicKeys = keys.OtherTopicKey;
            s.ShortDescription = "Beratung auf Deutsch.";
            s.Description = "Langer Text.";
        });
        var browser = await site.SignedInBrowserAsync();

        await PostActionAsync(browser, suggestion.Id, "Übernehmen und veröffentlichen");

        var updated = await PartnerNamedAsync(partner.Name + " e. V.");
        Assert.Equal(partner.Id, updated.Id);
        Assert.Equal(partner.Slug, updated.Slug);
        Assert.Equal("0441 999999", updated.Phone);
        Assert.Equal([keys.OtherTopicKey], updated.Topics.Select(t => t.Key));
        Assert.Single(updated.Translations);
        Assert.True(updated.UpdatedAt > partner.UpdatedAt);
        Assert.Equal(1, await site.WithDbAsync(db => db.Partners.CountAsync(p => p.Name.StartsWith(partner.Name))));
    }

    [Fact]
    public async Task Reject_OpenSuggestion_ErasesPersonalDataAndChangesNoPartner()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var partner = await site.AddPartnerAsync(keys);
        var suggestion = await site.AddSuggestionAsync(keys, s => s.PartnerId = partner.Id);
        var browser = await site.SignedInBrowserAsync();

        var response = await PostActionAsync(browser, suggestion.Id, "Ablehnen");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var closed = await site.SuggestionAsync(suggestion.Id);
        Assert.Equal(SuggestionStatus.Rejected, closed.Status);
        Assert.Null(closed.SubmitterEmail);
        Assert.Null(closed.SubmitterName);
        Assert.Null(closed.Message);
        var after = await site.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Id == partner.Id));
        Assert.Equal((partner.Name, partner.Phone, partner.UpdatedAt), (after.Name, after.Phone, after.UpdatedAt));
    }

    [Fact]
    public async Task EditThenAccept_ChangedValues_AppliesEditedValues()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var suggestion = await site.AddSuggestionAsync(keys, s => { s.Culture = "en"; s.TypeKey = null; });
        var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/suggestions/edit/{suggestion.Id}")).Document.FormWithField("Review.Name");
        Assert.Equal(suggestion.Name, form.Value("Review.Name"));
        Assert.Equal("en", form.Value("Review.TextCulture"));
        var slug = Unique.Name("bearbeitet");

        var response = await form.PostAsync(browser, new Dictionary<string, string>
        {
            ["Review.Slug"] = slug,
            ["Review.TypeKey"] = keys.TypeKey,
            ["Review.TextCulture"] = "de",
            ["Review.ShortDescription"] = "Übersetzt ins Deutsche.",
            ["Review.Publish"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var partner = await site.WithDbAsync(db => db.Partners.Include(p => p.Translations).AsNoTracking().SingleAsync(p => p.Slug == slug));
        Assert.Equal(PublishState.Published, partner.State);
        Assert.Equal("Übersetzt ins Deutsche.", Assert.Single(partner.Translations, t => t.Culture == "de").ShortDescription);
        Assert.Equal(SuggestionStatus.Accepted, (await site.SuggestionAsync(suggestion.Id)).Status);
    }

    [Fact]
    public async Task EditThenAccept_MissingType_ShowsErrorAndKeepsSuggestionOpen()
    {
        var suggestion = await site.AddSuggestionAsync(keys: null);
        var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/suggestions/edit/{suggestion.Id}")).Document.FormWithField("Review.Name");

        var response = await form.PostAsync(browser);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Contains("Art der Organisation", document.QuerySelector("#Review_TypeKey-error")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal(SuggestionStatus.Open, (await site.SuggestionAsync(suggestion.Id)).Status);
    }

    [Fact]
    public async Task AcceptAndPublish_NonGermanNewSuggestion_AsksForGermanTextAndStaysOpen()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var suggestion = await site.AddSuggestionAsync(keys, s => s.Culture = "ar");
        var browser = await site.SignedInBrowserAsync();

        var response = await PostActionAsync(browser, suggestion.Id, "Übernehmen und veröffentlichen");

        Assert.Equal($"/admin/suggestions/edit/{suggestion.Id}", Staff.PathOf(response.Headers.Location!), ignoreCase: true);
        Assert.Equal(SuggestionStatus.Open, (await site.SuggestionAsync(suggestion.Id)).Status);
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Name == suggestion.Name)));
    }

    private static async Task<HttpResponseMessage> PostActionAsync(HttpClient browser, int id, string button)
    {
        var page = await browser.GetPageAsync($"/admin/suggestions/details/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = page.Document.QuerySelectorAll<IHtmlFormElement>("form")
            .Select(f => new HtmlForm(f))
            .Single(f => f.Element.QuerySelector("button")?.NormalizedText() == button);
        return await form.PostAsync(browser);
    }

    private Task<Partner> PartnerNamedAsync(string name) =>
        site.WithDbAsync(db => db.Partners.AsNoTracking().AsSplitQuery()
            .Include(p => p.Type).Include(p => p.District).Include(p => p.Topics).Include(p => p.Languages).Include(p => p.Translations)
            .SingleAsync(p => p.Name == name));
}
