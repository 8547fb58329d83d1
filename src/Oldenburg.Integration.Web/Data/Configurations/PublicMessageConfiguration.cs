using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class PublicMessageConfiguration : IEntityTypeConfiguration<PublicMessage>
{
    public void Configure(EntityTypeBuilder<PublicMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Culture).HasMaxLength(ContentConfigurationExtensions.CultureMaxLength);
        builder.Property(m => m.SenderName).HasMaxLength(PublicMessage.NameMaxLength);
        builder.Property(m => m.SenderEmail).HasMaxLength(PublicMessage.EmailMaxLength);
        builder.Property(m => m.Text).HasMaxLength(PublicMessage.TextMaxLength);
        builder.Property(m => m.TaskKey).HasMaxLength(PublicMessage.TaskKeyMaxLength);
        builder.Property(m => m.FromPath).HasMaxLength(PublicMessage.PathMaxLength);
        builder.Property(m => m.AssignedTo).HasMaxLength(PublicMessage.AssigneeMaxLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasMany(m => m.Notes).WithOne().HasForeignKey(n => n.PublicMessageId).OnDelete(DeleteBehavior.Cascade);

        // The inbox filters by status and kind, newest first; retention sweeps by age.
        builder.HasIndex(m => new { m.Status, m.ReceivedAt });
        builder.HasIndex(m => m.ReceivedAt);
    }
}

public class PublicMessageNoteConfiguration : IEntityTypeConfiguration<PublicMessageNote>
{
    public void Configure(EntityTypeBuilder<PublicMessageNote> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Author).HasMaxLength(PublicMessage.AssigneeMaxLength);
        builder.Property(n => n.Text).HasMaxLength(PublicMessageNote.TextMaxLength);
    }
}
