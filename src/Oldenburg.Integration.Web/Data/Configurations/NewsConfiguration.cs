using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class NewsConfiguration : IEntityTypeConfiguration<NewsItem>
{
    public void Configure(EntityTypeBuilder<NewsItem> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(n => n.ImageFile).HasMaxLength(NewsItem.ImageFileMaxLength);
        builder.Property(n => n.ImageContentType).HasMaxLength(StoredFile.ContentTypeMaxLength);
        builder.HasMany(n => n.Translations).WithOne().HasForeignKey(t => t.NewsItemId).OnDelete(DeleteBehavior.Cascade);

        // Deleting a task or partner only drops the link, never the news item.
        builder.HasMany(n => n.Offers).WithMany().UsingEntity("NewsOffers");
        builder.HasMany(n => n.Partners).WithMany().UsingEntity("NewsPartners");
        builder.HasIndex(n => new { n.State, n.PublishedAt });
    }
}

public class NewsTranslationConfiguration : IEntityTypeConfiguration<NewsTranslation>
{
    public void Configure(EntityTypeBuilder<NewsTranslation> builder)
    {
        builder.ConfigureTranslation(nameof(NewsTranslation.NewsItemId));
        builder.Property(t => t.Title).HasMaxLength(NewsTranslation.TitleMaxLength).IsRequired();
        builder.Property(t => t.Teaser).HasMaxLength(NewsTranslation.TeaserMaxLength).IsRequired();
        builder.Property(t => t.Body).HasMaxLength(NewsTranslation.BodyMaxLength).IsRequired();
        builder.Property(t => t.ImageAlt).HasMaxLength(NewsTranslation.ImageAltMaxLength);
    }
}
