using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class CuratedLinkConfiguration : IEntityTypeConfiguration<CuratedLink>
{
    public void Configure(EntityTypeBuilder<CuratedLink> builder)
    {
        builder.ToTable("Links");
        builder.ConfigureContentItem();
        builder.Property(l => l.Url).HasMaxLength(CuratedLink.UrlMaxLength).IsRequired();
        builder.Property(l => l.TargetLanguage).HasMaxLength(CuratedLink.LanguageMaxLength).IsRequired();
        builder.HasOne(l => l.Category).WithMany().HasForeignKey(l => l.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Topic).WithMany().HasForeignKey(l => l.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(l => l.Check, check =>
        {
            check.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20).HasColumnName("CheckOutcome");
            check.Property(c => c.StatusCode).HasColumnName("CheckStatusCode");
            check.Property(c => c.RedirectTarget).HasMaxLength(LinkCheck.TargetMaxLength).HasColumnName("CheckRedirectTarget");
            check.Property(c => c.CheckedAt).HasColumnName("CheckedAt");
            check.Ignore(c => c.NeedsAttention);
        });
        builder.Navigation(l => l.Check).IsRequired();
        builder.HasMany(l => l.Translations).WithOne().HasForeignKey(t => t.CuratedLinkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.State, l.CategoryId });
    }
}

public class CuratedLinkTranslationConfiguration : IEntityTypeConfiguration<CuratedLinkTranslation>
{
    public void Configure(EntityTypeBuilder<CuratedLinkTranslation> builder)
    {
        builder.ToTable("LinkTranslations");
        builder.ConfigureTranslation(nameof(CuratedLinkTranslation.CuratedLinkId));
        builder.Property(t => t.Title).HasMaxLength(CuratedLinkTranslation.TitleMaxLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(CuratedLinkTranslation.DescriptionMaxLength).IsRequired();
    }
}

public class LiteratureEntryConfiguration : IEntityTypeConfiguration<LiteratureEntry>
{
    public void Configure(EntityTypeBuilder<LiteratureEntry> builder)
    {
        builder.ToTable("Literature");
        builder.ConfigureContentItem();
        builder.Property(l => l.Author).HasMaxLength(LiteratureEntry.AuthorMaxLength).IsRequired();
        builder.Property(l => l.Title).HasMaxLength(LiteratureEntry.TitleMaxLength).IsRequired();
        builder.Property(l => l.Publisher).HasMaxLength(LiteratureEntry.PublisherMaxLength).IsRequired();
        builder.Property(l => l.Isbn).HasMaxLength(13).IsRequired();
        builder.Property(l => l.Url).HasMaxLength(CuratedLink.UrlMaxLength).IsRequired();
        builder.HasOne(l => l.Category).WithMany().HasForeignKey(l => l.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Translations).WithOne().HasForeignKey(t => t.LiteratureEntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.State, l.CategoryId });
    }
}

public class LiteratureTranslationConfiguration : IEntityTypeConfiguration<LiteratureTranslation>
{
    public void Configure(EntityTypeBuilder<LiteratureTranslation> builder)
    {
        builder.ConfigureTranslation(nameof(LiteratureTranslation.LiteratureEntryId));
        builder.Property(t => t.Note).HasMaxLength(LiteratureTranslation.NoteMaxLength).IsRequired();
    }
}

public class LinkCategoryConfiguration : IEntityTypeConfiguration<LinkCategory>
{
    public void Configure(EntityTypeBuilder<LinkCategory> builder)
    {
        builder.ConfigureLookup();
        builder.HasMany(l => l.Translations).WithOne().HasForeignKey(t => t.LinkCategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class LinkCategoryTranslationConfiguration : IEntityTypeConfiguration<LinkCategoryTranslation>
{
    public void Configure(EntityTypeBuilder<LinkCategoryTranslation> builder) =>
        builder.ConfigureLookupTranslation(nameof(LinkCategoryTranslation.LinkCategoryId));
}
