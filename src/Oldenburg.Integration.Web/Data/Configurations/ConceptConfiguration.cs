using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class IntegrationConceptConfiguration : IEntityTypeConfiguration<IntegrationConcept>
{
    public void Configure(EntityTypeBuilder<IntegrationConcept> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.UpdatedBy).HasMaxLength(ContentConfigurationExtensions.UserNameMaxLength).IsRequired();
        builder.HasMany(c => c.Translations).WithOne().HasForeignKey(t => t.IntegrationConceptId).OnDelete(DeleteBehavior.Cascade);

        // Deleting the publication leaves the concept without a document, and its page shows the placeholder again.
        builder.HasOne<Publication>().WithMany().HasForeignKey(c => c.PublicationId).OnDelete(DeleteBehavior.SetNull);
    }
}

public class IntegrationConceptTranslationConfiguration : IEntityTypeConfiguration<IntegrationConceptTranslation>
{
    public void Configure(EntityTypeBuilder<IntegrationConceptTranslation> builder)
    {
        builder.ConfigureTranslation(nameof(IntegrationConceptTranslation.IntegrationConceptId));
        builder.Property(t => t.Title).HasMaxLength(IntegrationConceptTranslation.TitleMaxLength).IsRequired();
        builder.Property(t => t.Purpose).HasMaxLength(IntegrationConceptTranslation.TextMaxLength).IsRequired();
        builder.Property(t => t.Origin).HasMaxLength(IntegrationConceptTranslation.TextMaxLength);
    }
}

public class FieldOfActionConfiguration : IEntityTypeConfiguration<FieldOfAction>
{
    public void Configure(EntityTypeBuilder<FieldOfAction> builder)
    {
        builder.ConfigureContentItem();
        builder.HasMany(f => f.Translations).WithOne().HasForeignKey(t => t.FieldOfActionId).OnDelete(DeleteBehavior.Cascade);

        // One-way: offers and partners do not know the concept; their pages ask for it by id.
        builder.HasMany(f => f.Offers).WithMany().UsingEntity("FieldOfActionOffers");
        builder.HasMany(f => f.Partners).WithMany().UsingEntity("FieldOfActionPartners");
        builder.HasIndex(f => new { f.State, f.SortOrder });
    }
}

public class FieldOfActionTranslationConfiguration : IEntityTypeConfiguration<FieldOfActionTranslation>
{
    public void Configure(EntityTypeBuilder<FieldOfActionTranslation> builder)
    {
        builder.ConfigureTranslation(nameof(FieldOfActionTranslation.FieldOfActionId));
        builder.Property(t => t.Title).HasMaxLength(FieldOfActionTranslation.TitleMaxLength).IsRequired();
        builder.Property(t => t.Goal).HasMaxLength(FieldOfActionTranslation.GoalMaxLength).IsRequired();
        builder.Property(t => t.MeasuresText).HasMaxLength(FieldOfActionTranslation.MeasuresMaxLength).IsRequired();
        builder.Ignore(t => t.Measures);
    }
}
