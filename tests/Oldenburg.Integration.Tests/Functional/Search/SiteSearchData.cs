using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data.Seeding;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Publications;

namespace Oldenburg.Integration.Tests.Functional.Search;

/// <summary>Content of the searched types with words a test chooses, written straight to the database.</summary>
public static class SiteSearchData
{
    /// <summary>A publication with one version per (language, title, summary), each with a stored file.</summary>
    public static Task<Publication> AddPublicationAsync(this SiteFactory site, PublishState state, params (string Culture, string Title, string Summary)[] versions) =>
        site.WithDbAsync(async db =>
        {
            var slug = Unique.Name("suche-publikation");
            var files = new PublicationFiles(db, TimeProvider.System);
            var publication = new Publication { Slug = slug, Year = 2026, TopicId = await db.Topics.Select(t => t.Id).FirstAsync(), State = state };
            foreach (var (culture, title, summary) in versions)
            {
                var data = SamplePdf.Create(slug, culture, 1);
                publication.Translations.Add(new PublicationVersion
                {
                    Culture = culture,
                    Title = title,
                    Summary = summary,
                    FileName = files.Add(data, "pdf", "application/pdf"),
                    DownloadName = "x.pdf",
                    ContentType = "application/pdf",
                    FileSize = data.Length,
                    PageCount = 1,
                    FileUpdatedAt = DateTime.UtcNow,
                });
            }

            publication.Touch("tests", DateTime.UtcNow);
            db.Publications.Add(publication);
            await db.SaveChangesAsync();
            return publication;
        });

    public static Task<Offer> AddOfferAsync(this SiteFactory site, string germanTitle, string? summary = null, bool draft = false, params (string Culture, string Title)[] translations)
    {
        var builder = new OfferBuilder().WithTranslation("de", germanTitle, summary);
        foreach (var (culture, title) in translations)
        {
            builder.WithTranslation(culture, title);
        }

        return site.InsertAsync((draft ? builder.Draft() : builder).Build());
    }

    /// <summary>A fresh lower-case word no other test uses, found only where a test writes it.</summary>
    public static string Token() => "tok" + Guid.NewGuid().ToString("N")[..10];
}
