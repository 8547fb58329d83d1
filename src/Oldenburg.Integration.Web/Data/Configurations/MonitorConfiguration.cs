using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class MonitorIndicatorConfiguration : IEntityTypeConfiguration<MonitorIndicator>
{
    public void Configure(EntityTypeBuilder<MonitorIndicator> builder)
    {
        builder.ConfigureContentItem();
        builder.Property(i => i.Dimension).HasMaxLength(MonitorIndicator.DimensionMaxLength).IsRequired();
        builder.Property(i => i.Source).HasMaxLength(MonitorIndicator.SourceMaxLength).IsRequired();
        builder.Property(i => i.Breakdown).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ChartKind).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(i => i.Translations).WithOne().HasForeignKey(t => t.MonitorIndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<MonitorValue>().WithOne().HasForeignKey(v => v.MonitorIndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<MonitorDataYear>().WithOne().HasForeignKey(y => y.MonitorIndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class MonitorIndicatorTextConfiguration : IEntityTypeConfiguration<MonitorIndicatorText>
{
    public void Configure(EntityTypeBuilder<MonitorIndicatorText> builder)
    {
        builder.ConfigureTranslation(nameof(MonitorIndicatorText.MonitorIndicatorId));
        builder.Property(t => t.Title).HasMaxLength(MonitorIndicatorText.TitleMaxLength).IsRequired();
        builder.Property(t => t.Definition).HasMaxLength(MonitorIndicatorText.DefinitionMaxLength).IsRequired();
        builder.Property(t => t.Unit).HasMaxLength(MonitorIndicatorText.UnitMaxLength).IsRequired();
        builder.Property(t => t.Notes).HasMaxLength(MonitorIndicatorText.NotesMaxLength).IsRequired();
    }
}

public class MonitorValueConfiguration : IEntityTypeConfiguration<MonitorValue>
{
    public void Configure(EntityTypeBuilder<MonitorValue> builder)
    {
        builder.Property(v => v.Group).HasMaxLength(MonitorGroups.KeyMaxLength);
        builder.Property(v => v.Value).HasPrecision(18, 4);

        // A district staff delete takes its figures with it; the city-wide values stay.
        builder.HasOne(v => v.District).WithMany().HasForeignKey(v => v.DistrictId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.MonitorIndicatorId, v.Year, v.DistrictId, v.Group });
    }
}

public class MonitorDataYearConfiguration : IEntityTypeConfiguration<MonitorDataYear>
{
    public void Configure(EntityTypeBuilder<MonitorDataYear> builder)
    {
        builder.Property(y => y.PublishedBy).HasMaxLength(ContentConfigurationExtensions.UserNameMaxLength).IsRequired();
        builder.HasIndex(y => new { y.MonitorIndicatorId, y.Year }).IsUnique();
    }
}
