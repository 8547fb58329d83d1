using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ConfigureContentItem();
        builder.HasMany(o => o.Translations)
            .WithOne()
            .HasForeignKey(t => t.OfferId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.State, o.SortOrder });
    }
}

public class OfferTranslationConfiguration : IEntityTypeConfiguration<OfferTranslation>
{
    public void Configure(EntityTypeBuilder<OfferTranslation> builder)
    {
        builder.ConfigureTranslation(nameof(OfferTranslation.OfferId));
        builder.Property(t => t.Title).HasMaxLength(OfferTranslation.TitleMaxLength).IsRequired();
        builder.Property(t => t.Summary).HasMaxLength(OfferTranslation.SummaryMaxLength).IsRequired();
        builder.Property(t => t.Body).HasMaxLength(OfferTranslation.BodyMaxLength).IsRequired();
    }
}
