using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

/// <summary>The mapping every content type and every translation table shares.</summary>
public static class ContentConfigurationExtensions
{
    public const int SlugMaxLength = 120;
    public const int CultureMaxLength = 10;
    public const int UserNameMaxLength = 256;

    public static void ConfigureContentItem<T>(this EntityTypeBuilder<T> builder)
        where T : ContentItem
    {
        builder.Property(c => c.Slug).HasMaxLength(SlugMaxLength).IsRequired();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.UpdatedBy).HasMaxLength(UserNameMaxLength).IsRequired();
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(c => c.IsPublished);

        // The scheduler asks every minute which items are due.
        builder.HasIndex(c => c.PublishAt);
        builder.HasIndex(c => c.UnpublishAt);
    }

    public static void ConfigureTranslation<T>(this EntityTypeBuilder<T> builder, string ownerKey)
        where T : ContentTranslation
    {
        builder.Property(t => t.Culture).HasMaxLength(CultureMaxLength).IsRequired();
        builder.HasIndex(ownerKey, nameof(ContentTranslation.Culture)).IsUnique();
    }
}
