using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.News;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.News;

public static class NewsData
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    /// <summary>A news item written straight to the database, with German and (optionally) Arabic text.</summary>
    public static Task<NewsItem> AddNewsAsync(
        this SiteFactory site, string slug, PublishState state, DateTime? publishedAt = null, string? offerSlug = null, bool withImage = false, string? arabicTitle = null) =>
        site.WithDbAsync(async db =>
        {
            var item = new NewsItem
            {
                Slug = slug,
                State = state,
                PublishedAt = publishedAt,
                Translations = [new NewsTranslation { Culture = "de", Title = $"Titel {slug}", Teaser = $"Anreißer {slug}", Body = $"Text **{slug}**", ImageAlt = withImage ? $"Bild zu {slug}" : null }],
            };
            if (arabicTitle is not null)
            {
                item.Translations.Add(new NewsTranslation { Culture = "ar", Title = arabicTitle, Teaser = "ملخص", Body = "نص", ImageAlt = withImage ? "صورة" : null });
            }

            if (offerSlug is not null)
            {
                item.Offers = [await db.Offers.SingleAsync(o => o.Slug == offerSlug)];
            }

            if (withImage)
            {
                item.ImageFile = new NewsImageStore(db, TimeProvider.System).Add(TinyPng, new("png", "image/png", 1, 1));
                item.ImageContentType = "image/png";
            }

            item.Touch("tests", DateTime.UtcNow);
            db.News.Add(item);
            await db.SaveChangesAsync();
            return item;
        });
}
