using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class OfficeProfileConfiguration : IEntityTypeConfiguration<OfficeProfile>
{
    public const int PhoneMaxLength = 40;
    public const int EmailMaxLength = 254;
    public const int AddressPartMaxLength = 120;

    public void Configure(EntityTypeBuilder<OfficeProfile> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Email).HasMaxLength(EmailMaxLength).IsRequired();
        builder.Property(p => p.Phone).HasMaxLength(PhoneMaxLength).IsRequired();
        builder.Property(p => p.AlternativePhone).HasMaxLength(PhoneMaxLength);
        builder.Property(p => p.Fax).HasMaxLength(PhoneMaxLength);
        builder.Property(p => p.Building).HasMaxLength(AddressPartMaxLength);
        builder.Property(p => p.Street).HasMaxLength(AddressPartMaxLength).IsRequired();
        builder.Property(p => p.PostalCode).HasMaxLength(10).IsRequired();
        builder.Property(p => p.City).HasMaxLength(AddressPartMaxLength).IsRequired();
        builder.Property(p => p.UpdatedBy).HasMaxLength(ContentConfigurationExtensions.UserNameMaxLength).IsRequired();
        builder.OwnsMany(p => p.OpeningHours, hours =>
        {
            hours.ToTable("OfficeOpeningHours");
            hours.WithOwner().HasForeignKey("OfficeProfileId");
            hours.Property<int>("Id");
            hours.HasKey("Id");
            hours.Ignore(h => h.IsValid);
        });
        builder.HasMany(p => p.Translations)
            .WithOne()
            .HasForeignKey(t => t.OfficeProfileId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

public class OfficeProfileTranslationConfiguration : IEntityTypeConfiguration<OfficeProfileTranslation>
{
    public const int NameMaxLength = 200;
    public const int NoteMaxLength = 1000;
    public const int IntroMaxLength = 2000;
    public const int AboutMaxLength = 8000;

    public void Configure(EntityTypeBuilder<OfficeProfileTranslation> builder)
    {
        builder.ToTable("OfficeProfileTranslations");
        builder.ConfigureTranslation(nameof(OfficeProfileTranslation.OfficeProfileId));
        builder.Property(t => t.Name).HasMaxLength(NameMaxLength).IsRequired();
        builder.Property(t => t.Department).HasMaxLength(NameMaxLength).IsRequired();
        builder.Property(t => t.OpeningHoursNote).HasMaxLength(NoteMaxLength);
        builder.Property(t => t.Intro).HasMaxLength(IntroMaxLength);
        builder.Property(t => t.AboutHeading).HasMaxLength(NameMaxLength);
        builder.Property(t => t.About).HasMaxLength(AboutMaxLength);
    }
}
