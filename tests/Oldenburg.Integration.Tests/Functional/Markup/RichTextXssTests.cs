using System.Net;

using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Markup;

/// <summary>
/// Every rich-text field of every content type, filled with each XSS vector, and the public page that
/// shows it. Once through the admin form as staff would save it, once straight into the database as
/// an import or a later content type might.
/// </summary>
// Its own site: the office's About text is changed again and again, which other tests read.
public class RichTextXssTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static readonly TheoryData<string, string> FieldsAndPaths = new()
    {
        { "offers", "form" }, { "offers", "database" },
        { "pages", "form" }, { "pages", "database" },
        { "partners", "form" }, { "partners", "database" },
        { "office", "form" }, { "office", "database" },
        { "fieldsofaction", "form" }, { "fieldsofaction", "database" },
        { "concept", "form" }, { "concept", "database" },
        { "news", "form" }, { "news", "database" },

        { "events", "form" }, { "events", "database" },
    };

    [Theory]
    [MemberData(nameof(FieldsAndPaths))]
    public async Task XssCorpus_SavedInRichTextField_LeavesNoScriptHandlerStyleOrForeignUrl(string type, string path)
    {
        var target = await TargetAsync(type);
        var browser = path == "form" ? await site.EditorAsync() : null;
        var reader = site.CreateClient();
        var problems = new List<string>();

        for (var i = 0; i < XssVectors.All.Count; i++)
        {
            var marker = $"Marke{i}x";
            var text = $"{marker}\n\n{XssVectors.All[i]}";
            if (browser is null)
            {
                await target.StoreAsync(text);
                await EvictPublicCaches();
            }
            else
            {
                await SaveThroughFormAsync(browser, target, text);
            }

            var page = await reader.GetPageAsync(target.PublicPath);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var area = page.Document.QuerySelector(target.ContentSelector);
            Assert.True(area is not null && area.TextContent.Contains(marker, StringComparison.Ordinal), $"Vector {i} is not shown in {target.ContentSelector} on {target.PublicPath}.");
            problems.AddRange(XssChecks.Violations(area).Select(p => $"vector {i} «{XssVectors.All[i]}»: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task SaveThroughFormAsync(HttpClient browser, RichTextTarget target, string text)
    {
        var form = (await browser.GetPageAsync(target.EditPath)).Document.FormWithField("Texts[0].Culture");
        var response = await form.PostAsync(browser, new Dictionary<string, string> { [AdminOfferForm.GermanField(form, target.Property)] = text });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Saving {target.EditPath} answered {(int)response.StatusCode}.");
    }

    private Task EvictPublicCaches() => site.EvictPublicCachesAsync();

    private async Task<RichTextTarget> TargetAsync(string type)
    {
        switch (type)
        {
            case "offers":
                var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "XSS-Angebot").Build());
                return new($"/admin/offers/edit/{offer.Id}", "Body", $"/de/offers/{offer.Slug}", "main article",
                    text => site.WithDbAsync(db => db.OfferTranslations.Where(t => t.OfferId == offer.Id && t.Culture == "de")
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.Body, text))));
            case "pages":
                var standing = await site.InsertAsync(new PageBuilder().WithTranslation("de", "XSS-Seite", "Start").Build());
                return new($"/admin/pages/edit/{standing.Id}", "Body", $"/de/pages/{standing.Slug}", "main article",
                    text => site.WithDbAsync(db => db.PageTranslations.Where(t => t.PageId == standing.Id && t.Culture == "de")
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.Body, text))));
            case "partners":
                var partner = await site.AddPartnerAsync(await site.AddLookupsAsync(), p => p.State = PublishState.Published);
                return new($"/admin/partners/edit/{partner.Id}", "Description", $"/de/partners/{partner.Slug}", "main .partner-details__text",
                    text => site.WithDbAsync(db => db.PartnerTranslations.Where(t => t.PartnerId == partner.Id && t.Culture == "de")
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.Description, text))));
            case "fieldsofaction":
                var field = await new FieldOfActionBuilder().WithTranslation("de", "XSS-Handlungsfeld").InsertAsync(site);
                return new($"/admin/fieldsofaction/edit/{field.Id}", "Goal", "/de/concept", $"main #field-{field.Slug}",
                    text => site.WithDbAsync(db => db.FieldOfActionTranslations.Where(t => t.FieldOfActionId == field.Id && t.Culture == "de")
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.Goal, text))));
            case "events":
                var item = await new EventBuilder().WithTranslation("de", "XSS-Veranstaltung").InsertAsync(site);
                return new($"/admin/events/edit/{item.Id}", "Description", $"/de/events/{item.Slug}", "main .event-details__text",
                    text => site.WithDbAsync(db => db.Set<EventTranslation>().Where(t => t.EventItemId == item.Id && t.Culture == "de")
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.Description, text))));
            case "concept":
                return new("/admin/concept/edit", "Purpose", "/de/concept", "main article.concept",
                    text => site.WithDbAsync(db => db.Set<IntegrationConceptTranslation>().Where(t => t.Culture == "de")
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.Purpose, text))));
            case "news":
                var news = await News.NewsData.AddNewsAsync(site, Unique.Name("xss"), PublishState.Published);
                return new($"/admin/news/edit/{news.Id}", "Body", $"/de/news/{news.Slug}", "main article",
                    text => site.WithDbAsync(db => db.Set<NewsTranslation>().Where(t => t.NewsItemId == news.Id && t.Culture == "de")
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.Body, text))));
            default:
                return new("/admin/office/edit", "About", "/de/", "main .home-about",
                    text => site.WithDbAsync(db => db.Set<OfficeProfileTranslation>().Where(t => t.Culture == "de")
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.About, text))));
        }
    }

    private sealed record RichTextTarget(string EditPath, string Property, string PublicPath, string ContentSelector, Func<string, Task> StoreAsync);
}
