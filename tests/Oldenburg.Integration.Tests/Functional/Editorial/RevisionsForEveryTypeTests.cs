using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Functional.Publications;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Editorial;

/// <summary>The shared save records revisions, audit entries and, on a refused save, shows what the colleague changed, for every type.</summary>
[Collection(WritableSite.Name)]
public class RevisionsForEveryTypeTests(SiteFactory site)
{
    public static TheoryData<string, string> Forms() => new()
    {
        { "offers", "Texts[0].Title" },
        { "pages", "Texts[0].Title" },
        { "partners", "Name" },
        { "publications", "Texts[0].Title" },
        { "news", "Texts[0].Title" },

        { "events", "Texts[0].Title" },
        { "office", "Phone" },
        { "links", "Texts[0].Title" },
        { "literature", "Title" },
        { "fieldsofaction", "Texts[0].Title" },
        { "concept", "Texts[0].Title" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task StaleSave_ShowsTheColleaguesChangeAndRecordsOnlyTheirRevision(string kind, string field)
    {
        var id = await IdAsync(kind);
        var path = kind is "office" or "concept" ? $"/admin/{kind}/edit" : $"/admin/{kind}/edit/{id}";
        var browser = await site.EditorAsync();
        var mine = (await browser.GetPageAsync(path)).Document.FormWithField(field);
        var colleague = (await browser.GetPageAsync(path)).Document.FormWithField(field);
        var theirs = kind == "office" ? "0441 235-" + Random.Shared.Next(1000, 9999) : Unique.Name("Kollegenfassung");
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.PostAsync(browser, new Dictionary<string, string> { [field] = theirs })).StatusCode);
        var revisionsBefore = await RevisionCountAsync(kind, id);

        var refused = await mine.PostAsync(browser, new Dictionary<string, string> { [field] = kind == "office" ? "0441 999-1" : "Meine Fassung" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var diff = (await Html.ParseAsync(refused)).QuerySelector(".admin-conflict .revision-diff");
        Assert.NotNull(diff);
        Assert.Contains(theirs, diff.TextContent, StringComparison.Ordinal);
        Assert.Equal(revisionsBefore, await RevisionCountAsync(kind, id));
        Assert.Contains(AuditActions.Saved, await site.WithDbAsync(db => db.AuditEntries.Where(a => a.SubjectType == kind && a.SubjectId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Action).ToListAsync()));
    }

    private Task<int> RevisionCountAsync(string kind, int id) =>
        site.WithDbAsync(db => db.ContentRevisions.CountAsync(r => r.ContentType == kind && r.ContentId == id));

    private async Task<int> IdAsync(string kind)
    {
        switch (kind)
        {
            case "offers":
                return (await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Konflikt").Build())).Id;
            case "pages":
                return (await site.InsertAsync(new PageBuilder().WithTranslation("de", "Konflikt", "Text").Build())).Id;
            case "partners":
                var lookups = await site.AddLookupsAsync();
                return (await new PartnerBuilder().WithType(lookups.Type.Key).InsertAsync(site)).Id;
            case "links":
                return (await site.AddLinkAsync(await site.AddLinkCategoryAsync())).Id;
            case "literature":
                return (await site.AddLiteratureAsync(await site.AddLinkCategoryAsync())).Id;
            case "fieldsofaction":
                return (await new FieldOfActionBuilder().WithTranslation("de", "Konflikt").InsertAsync(site)).Id;
            case "concept":
                return IntegrationConcept.SingletonId;

            case "events":
                return (await new EventBuilder().WithTranslation("de", "Konflikt").InsertAsync(site)).Id;
            case "publications":
                return (await site.AddPublicationAsync("konflikt-" + Guid.NewGuid().ToString("N")[..8], PublishState.Published)).Id;
            case "news":
                return (await News.NewsData.AddNewsAsync(site, "konflikt-" + Guid.NewGuid().ToString("N")[..8], PublishState.Published)).Id;
            default:
                return OfficeProfile.SingletonId;
        }
    }
}
