using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class TranslationStatusConfiguration : IEntityTypeConfiguration<TranslationStatus>
{
    public void Configure(EntityTypeBuilder<TranslationStatus> builder)
    {
        builder.Property(s => s.ContentType).HasMaxLength(ContentRef.TypeMaxLength).IsRequired();
        builder.Property(s => s.Culture).HasMaxLength(ContentConfigurationExtensions.CultureMaxLength).IsRequired();
        builder.Property(s => s.UpdatedBy).HasMaxLength(ContentConfigurationExtensions.UserNameMaxLength).IsRequired();
        builder.Property(s => s.ReviewedBy).HasMaxLength(ContentConfigurationExtensions.UserNameMaxLength);
        builder.HasIndex(s => new { s.ContentType, s.ContentId, s.Culture }).IsUnique();
    }
}
