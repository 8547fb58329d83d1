using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Content.Scheduling;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Scheduling;

public class DashboardTests(ScheduleSite site) : IClassFixture<ScheduleSite>
{
    [Fact]
    public async Task Dashboard_ItemsNeedingAttention_AreListedInTheirSectionsWithWorkingEditLinks()
    {
        var draft = await site.InsertAsync(new OfferBuilder().Draft().WithTranslation("de", Unique.Name("Entwurf")).Build());
        var review = await site.InsertAsync(new PageBuilder().Draft().WithTranslation("de", Unique.Name("Zur Prüfung")).Build());
        await site.WithDbAsync(db => db.Pages.Where(p => p.Id == review.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PublishState.InReview)));
        var scheduled = new OfferBuilder().Draft().WithTranslation("de", Unique.Name("Geplant")).Build();
        scheduled.PublishAt = new DateTime(2031, 10, 25, 23, 30, 0, DateTimeKind.Utc);
        await site.InsertAsync(scheduled);

        // Digits sort before letters, so the entry is among the first stale ones the dashboard lists.
        var stale = await new PartnerBuilder(Unique.Name("0 Ungeprüft")).InsertAsync(site);
        await site.WithDbAsync(db => db.Partners.Where(p => p.Id == stale.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastCheckedAt, (DateTime?)null)));
        using var browser = await site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var draftLink = LinkIn(page.Document, "drafts-heading", draft.Translations.Single().Title);
        Assert.Equal($"/admin/offers/edit/{draft.Id}", draftLink);
        Assert.Equal($"/admin/pages/edit/{review.Id}", LinkIn(page.Document, "review-heading", review.Translations.Single().Title));
        Assert.Equal($"/admin/offers/edit/{scheduled.Id}", LinkIn(page.Document, "scheduled-heading", scheduled.Translations.Single().Title));
        Assert.Contains("26.10.2031, 01:30 Uhr", Section(page.Document, "scheduled-heading").NormalizedText(), StringComparison.Ordinal);
        Assert.Equal($"/admin/partners/edit/{stale.Id}", LinkIn(page.Document, "stale-heading", stale.Name));
        Assert.DoesNotContain(Section(page.Document, "drafts-heading").QuerySelectorAll("a"), a => a.NormalizedText() == scheduled.Translations.Single().Title);

        var edit = await browser.GetPageAsync(draftLink);
        Assert.Equal(HttpStatusCode.OK, edit.Status);
        Assert.Equal(draft.Slug, edit.Document.FormWithField("Slug").Value("Slug"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetPageAsync(LinkIn(page.Document, "stale-heading", stale.Name))).Status);
    }

    [Fact]
    public async Task Dashboard_NoOpenSuggestions_SaysNothingToDo()
    {
        await site.WithDbAsync(db => db.PartnerSuggestions.ExecuteDeleteAsync());
        using var browser = await site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync("/admin");

        Assert.Contains("Nichts zu tun.", Section(page.Document, "suggestions-heading").NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentScheduler_ContentTypesInModel_AreNamedByRegisteredKinds()
    {
        using var scope = site.Services.CreateScope();
        var keys = ContentScheduler.ContentTypes(scope.ServiceProvider.GetRequiredService<AppDbContext>()).Select(t => t.Key).ToList();
        var kinds = scope.ServiceProvider.GetServices<IContentKind>().Select(k => k.Key).ToList();

        Assert.Subset(kinds.ToHashSet(), keys.ToHashSet());
        Assert.Contains("offers", keys);
        Assert.Contains("pages", keys);
        Assert.Contains("partners", keys);
    }

    private static IElement Section(IDocument page, string headingId) =>
        page.GetElementById(headingId)?.Closest("section") ?? throw new InvalidOperationException($"No section {headingId}.");

    private static string LinkIn(IDocument page, string headingId, string text)
    {
        var link = Section(page, headingId).QuerySelectorAll("a").FirstOrDefault(a => a.NormalizedText() == text);
        Assert.True(link is not null, $"No link \"{text}\" in section {headingId}.");
        return link.ResolvedPath();
    }
}
