using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(p => p.Series).HasMaxLength(Publication.SeriesMaxLength);
        builder.Property(p => p.Audience).HasMaxLength(Publication.AudienceMaxLength).IsRequired();

        // A deleted topic or task must not take the publications with it.
        builder.HasOne(p => p.Topic).WithMany().HasForeignKey(p => p.TopicId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Offer).WithMany().HasForeignKey(p => p.OfferId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Translations).WithOne().HasForeignKey(v => v.PublicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.State, p.Year });
    }
}

public class PublicationVersionConfiguration : IEntityTypeConfiguration<PublicationVersion>
{
    public void Configure(EntityTypeBuilder<PublicationVersion> builder)
    {
        builder.ConfigureTranslation(nameof(PublicationVersion.PublicationId));
        builder.Property(v => v.Title).HasMaxLength(PublicationVersion.TitleMaxLength).IsRequired();
        builder.Property(v => v.Summary).HasMaxLength(PublicationVersion.SummaryMaxLength).IsRequired();
        builder.Property(v => v.FileName).HasMaxLength(StoredFile.NameMaxLength).IsRequired();
        builder.Property(v => v.DownloadName).HasMaxLength(PublicationVersion.DownloadNameMaxLength).IsRequired();
        builder.Property(v => v.ContentType).HasMaxLength(StoredFile.ContentTypeMaxLength).IsRequired();
        builder.HasIndex(v => v.FileName);
    }
}
