using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

internal static class LookupConfiguration
{
    public static void ConfigureLookup<T>(this EntityTypeBuilder<T> builder)
        where T : LookupItem
    {
        builder.Property(l => l.Key).HasMaxLength(LookupItem.KeyMaxLength).IsRequired();
        builder.HasIndex(l => l.Key).IsUnique();
        builder.Property(l => l.UpdatedBy).HasMaxLength(ContentConfigurationExtensions.UserNameMaxLength).IsRequired();
    }

    public static void ConfigureLookupTranslation<T>(this EntityTypeBuilder<T> builder, string ownerKey)
        where T : LookupTranslation
    {
        builder.ToTable(typeof(T).Name + "s");
        builder.ConfigureTranslation(ownerKey);
        builder.Property(t => t.Name).HasMaxLength(LookupItem.NameMaxLength).IsRequired();
    }
}

public class PartnerTypeConfiguration : IEntityTypeConfiguration<PartnerType>
{
    public void Configure(EntityTypeBuilder<PartnerType> builder)
    {
        builder.ConfigureLookup();
        builder.HasMany(l => l.Translations).WithOne().HasForeignKey(t => t.PartnerTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class PartnerTypeTranslationConfiguration : IEntityTypeConfiguration<PartnerTypeTranslation>
{
    public void Configure(EntityTypeBuilder<PartnerTypeTranslation> builder) =>
        builder.ConfigureLookupTranslation(nameof(PartnerTypeTranslation.PartnerTypeId));
}

public class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.ConfigureLookup();
        builder.HasMany(l => l.Translations).WithOne().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class TopicTranslationConfiguration : IEntityTypeConfiguration<TopicTranslation>
{
    public void Configure(EntityTypeBuilder<TopicTranslation> builder) =>
        builder.ConfigureLookupTranslation(nameof(TopicTranslation.TopicId));
}

public class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.ConfigureLookup();
        builder.HasMany(l => l.Translations).WithOne().HasForeignKey(t => t.DistrictId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class DistrictTranslationConfiguration : IEntityTypeConfiguration<DistrictTranslation>
{
    public void Configure(EntityTypeBuilder<DistrictTranslation> builder) =>
        builder.ConfigureLookupTranslation(nameof(DistrictTranslation.DistrictId));
}

public class ServiceLanguageConfiguration : IEntityTypeConfiguration<ServiceLanguage>
{
    public void Configure(EntityTypeBuilder<ServiceLanguage> builder)
    {
        builder.ConfigureLookup();
        builder.HasMany(l => l.Translations).WithOne().HasForeignKey(t => t.ServiceLanguageId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ServiceLanguageTranslationConfiguration : IEntityTypeConfiguration<ServiceLanguageTranslation>
{
    public void Configure(EntityTypeBuilder<ServiceLanguageTranslation> builder) =>
        builder.ConfigureLookupTranslation(nameof(ServiceLanguageTranslation.ServiceLanguageId));
}
