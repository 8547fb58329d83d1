using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(p => p.Name).HasMaxLength(Partner.NameMaxLength).IsRequired();
        builder.Property(p => p.NameSortKey).HasMaxLength(Partner.NameMaxLength * 2).IsRequired();
        builder.Property(p => p.SearchText).HasMaxLength(Partner.SearchTextMaxLength).IsRequired();
        builder.Property(p => p.Street).HasMaxLength(OfficeProfileConfiguration.AddressPartMaxLength);
        builder.Property(p => p.PostalCode).HasMaxLength(10);
        builder.Property(p => p.City).HasMaxLength(OfficeProfileConfiguration.AddressPartMaxLength);
        builder.Property(p => p.Phone).HasMaxLength(OfficeProfileConfiguration.PhoneMaxLength);
        builder.Property(p => p.Email).HasMaxLength(Partner.ContactMaxLength);
        builder.Property(p => p.Website).HasMaxLength(Partner.WebsiteMaxLength);
        builder.Property(p => p.LastCheckedBy).HasMaxLength(ContentConfigurationExtensions.UserNameMaxLength);
        builder.Property(p => p.LogoFile).HasMaxLength(100);
        builder.Property(p => p.LogoContentType).HasMaxLength(50);
        builder.HasIndex(p => new { p.State, p.NameSortKey });
        builder.HasIndex(p => p.LastCheckedAt);

        builder.HasOne(p => p.Type).WithMany().HasForeignKey(p => p.PartnerTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.District).WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Topics).WithMany(t => t.Partners).UsingEntity("PartnerTopics");
        builder.HasMany(p => p.Languages).WithMany(l => l.Partners).UsingEntity("PartnerLanguages");
        builder.HasMany(p => p.Translations).WithOne().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(p => p.OpeningHours, hours =>
        {
            hours.ToTable("PartnerOpeningHours");
            hours.WithOwner().HasForeignKey("PartnerId");
            hours.Property<int>("Id");
            hours.HasKey("Id");
            hours.Ignore(h => h.IsValid);
        });
    }
}

public class PartnerTranslationConfiguration : IEntityTypeConfiguration<PartnerTranslation>
{
    public void Configure(EntityTypeBuilder<PartnerTranslation> builder)
    {
        builder.ConfigureTranslation(nameof(PartnerTranslation.PartnerId));
        builder.Property(t => t.ShortDescription).HasMaxLength(PartnerTranslation.ShortDescriptionMaxLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(PartnerTranslation.DescriptionMaxLength);
        builder.Property(t => t.TargetGroups).HasMaxLength(PartnerTranslation.TargetGroupsMaxLength);
    }
}

public class PartnerSuggestionConfiguration : IEntityTypeConfiguration<PartnerSuggestion>
{
    public void Configure(EntityTypeBuilder<PartnerSuggestion> builder)
    {
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Culture).HasMaxLength(ContentConfigurationExtensions.CultureMaxLength).IsRequired();
        builder.Property(s => s.Name).HasMaxLength(Partner.NameMaxLength).IsRequired();
        builder.Property(s => s.TypeKey).HasMaxLength(LookupItem.KeyMaxLength);
        builder.Property(s => s.DistrictKey).HasMaxLength(LookupItem.KeyMaxLength);
        builder.Property(s => s.TopicKeys).HasMaxLength(1000);
        builder.Property(s => s.LanguageKeys).HasMaxLength(1000);
        builder.Property(s => s.Street).HasMaxLength(OfficeProfileConfiguration.AddressPartMaxLength);
        builder.Property(s => s.PostalCode).HasMaxLength(10);
        builder.Property(s => s.City).HasMaxLength(OfficeProfileConfiguration.AddressPartMaxLength);
        builder.Property(s => s.Phone).HasMaxLength(OfficeProfileConfiguration.PhoneMaxLength);
        builder.Property(s => s.Email).HasMaxLength(Partner.ContactMaxLength);
        builder.Property(s => s.Website).HasMaxLength(Partner.WebsiteMaxLength);
        builder.Property(s => s.OpeningHoursText).HasMaxLength(1000);
        builder.Property(s => s.ShortDescription).HasMaxLength(PartnerTranslation.ShortDescriptionMaxLength);
        builder.Property(s => s.Description).HasMaxLength(PartnerTranslation.DescriptionMaxLength);
        builder.Property(s => s.Message).HasMaxLength(PartnerSuggestion.MessageMaxLength);
        builder.Property(s => s.SubmitterName).HasMaxLength(Partner.NameMaxLength);
        builder.Property(s => s.SubmitterEmail).HasMaxLength(Partner.ContactMaxLength);
        builder.Property(s => s.ClosedBy).HasMaxLength(ContentConfigurationExtensions.UserNameMaxLength);
        builder.HasOne(s => s.Partner).WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.Status, s.CreatedAt });
    }
}
