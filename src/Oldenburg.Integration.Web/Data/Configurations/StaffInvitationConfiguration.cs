using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Data.Configurations;

public class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(StaffInvitation.EmailMaxLength);
        builder.Property(i => i.DisplayName).HasMaxLength(StaffInvitation.DisplayNameMaxLength);
        builder.Property(i => i.Role).HasMaxLength(StaffInvitation.RoleMaxLength);
        builder.Property(i => i.GrantedTypes).HasMaxLength(StaffInvitation.GrantsMaxLength);
        builder.Property(i => i.TokenHash).HasMaxLength(StaffInvitation.TokenHashLength);
        builder.Property(i => i.CreatedBy).HasMaxLength(StaffInvitation.ActorMaxLength);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.Email);
        builder.Ignore(i => i.Grants);
    }
}
