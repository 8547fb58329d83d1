using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class ContentRevisionConfiguration : IEntityTypeConfiguration<ContentRevision>
{
    public void Configure(EntityTypeBuilder<ContentRevision> builder)
    {
        builder.Ignore(r => r.Ref);
        builder.Property(r => r.ContentType).HasMaxLength(ContentRef.TypeMaxLength).IsRequired();
        builder.Property(r => r.CreatedBy).HasMaxLength(ContentConfigurationExtensions.UserNameMaxLength).IsRequired();
        builder.Property(r => r.Event).HasMaxLength(ContentRevision.EventMaxLength).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(ContentRevision.TitleMaxLength).IsRequired();
        builder.Property(r => r.Fields).IsRequired();
        builder.Property(r => r.Model).IsRequired();
        builder.HasIndex(r => new { r.ContentType, r.ContentId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.ContentType, r.ContentId, r.Version });
    }
}
