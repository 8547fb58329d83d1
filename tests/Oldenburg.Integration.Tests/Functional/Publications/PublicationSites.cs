using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data.Seeding;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Publications;

namespace Oldenburg.Integration.Tests.Functional.Publications;

/// <summary>A site whose upload limit is small, so "too large" needs no megabytes in a test.</summary>
public sealed class SmallUploadSite() : SiteFactory(new Dictionary<string, string?> { ["Publications:MaxUploadBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) }, null)
{
    public const int MaxBytes = 60_000;
}

public static class PublicationData
{
    /// <summary>A publication in <paramref name="state"/> with a German version and its stored file, written straight to the database.</summary>
    public static Task<Publication> AddPublicationAsync(this SiteFactory site, string slug, PublishState state, string? arabicSummary = null) => site.WithDbAsync(async db =>
    {
        var data = SamplePdf.Create(slug, "de", 1);
        var name = new PublicationFiles(db, TimeProvider.System).Add(data, "pdf", "application/pdf");
        var publication = new Publication
        {
            Slug = slug,
            Year = 2026,
            TopicId = await db.Topics.Select(t => t.Id).FirstAsync(),
            State = state,
            Translations = [new PublicationVersion { Culture = "de", Title = $"Titel {slug}", Summary = "Kurz.", FileName = name, DownloadName = "x.pdf", ContentType = "application/pdf", FileSize = data.Length, PageCount = 1, FileUpdatedAt = DateTime.UtcNow }],
        };
        if (arabicSummary is not null)
        {
            publication.Translations.Add(new PublicationVersion { Culture = "ar", Title = "مسودة", Summary = arabicSummary, FileName = name, DownloadName = "x.pdf", ContentType = "application/pdf", FileSize = data.Length, PageCount = 1, FileUpdatedAt = DateTime.UtcNow });
        }

        publication.Touch("tests", DateTime.UtcNow);
        db.Publications.Add(publication);
        await db.SaveChangesAsync();
        return publication;
    });
}
