using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class EventConfiguration : IEntityTypeConfiguration<EventItem>
{
    public void Configure(EntityTypeBuilder<EventItem> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(e => e.OnlineUrl).HasMaxLength(EventItem.UrlMaxLength);
        builder.Property(e => e.PlaceName).HasMaxLength(EventItem.PlaceMaxLength);
        builder.Property(e => e.Street).HasMaxLength(EventItem.StreetMaxLength);
        builder.Property(e => e.PostalCode).HasMaxLength(EventItem.PostalCodeMaxLength);
        builder.Property(e => e.City).HasMaxLength(EventItem.CityMaxLength);
        builder.Property(e => e.Organizer).HasMaxLength(EventItem.OrganizerMaxLength).IsRequired();
        builder.Property(e => e.RegistrationUrl).HasMaxLength(EventItem.UrlMaxLength);
        builder.Property(e => e.RegistrationContact).HasMaxLength(EventItem.ContactMaxLength);
        builder.Property(e => e.FeeText).HasMaxLength(EventItem.FeeMaxLength);
        builder.Ignore(e => e.HasAddress);

        // A partner leaving the directory must not take its events with it.
        builder.HasOne(e => e.OrganizerPartner).WithMany().HasForeignKey(e => e.OrganizerPartnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.Translations).WithOne().HasForeignKey(t => t.EventItemId).OnDelete(DeleteBehavior.Cascade);

        // One-way, like the fields of action: topics, languages and offers do not know their events.
        builder.HasMany(e => e.Topics).WithMany().UsingEntity("EventTopics");
        builder.HasMany(e => e.Languages).WithMany().UsingEntity("EventLanguages");
        builder.HasMany(e => e.Offers).WithMany().UsingEntity("EventOffers");

        // Upcoming lists ask for published events that end after now, in start order.
        builder.HasIndex(e => new { e.State, e.EndsAtUtc });
    }
}

public class EventTranslationConfiguration : IEntityTypeConfiguration<EventTranslation>
{
    public void Configure(EntityTypeBuilder<EventTranslation> builder)
    {
        builder.ConfigureTranslation(nameof(EventTranslation.EventItemId));
        builder.Property(t => t.Title).HasMaxLength(EventTranslation.TitleMaxLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(EventTranslation.DescriptionMaxLength).IsRequired();
    }
}
