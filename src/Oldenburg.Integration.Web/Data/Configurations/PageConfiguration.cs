using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> builder)
    {
        builder.ConfigureContentItem();
        builder.HasMany(p => p.Translations)
            .WithOne()
            .HasForeignKey(t => t.PageId)
            .OnDelete(DeleteBehavior.Cascade);

        // The footer query on every page filters and sorts by these.
        builder.HasIndex(p => new { p.State, p.FooterOrder });
    }
}

public class PageTranslationConfiguration : IEntityTypeConfiguration<PageTranslation>
{
    public void Configure(EntityTypeBuilder<PageTranslation> builder)
    {
        builder.ConfigureTranslation(nameof(PageTranslation.PageId));
        builder.Property(t => t.Title).HasMaxLength(PageTranslation.TitleMaxLength).IsRequired();
        builder.Property(t => t.Body).HasMaxLength(PageTranslation.BodyMaxLength).IsRequired();
    }
}
