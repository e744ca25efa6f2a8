using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridChat.Data.Configurations;

public class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(User.DisplayNameMaxLength);
        builder.Property(u => u.Bio).HasMaxLength(User.BioMaxLength);
        builder.HasIndex(u => u.DisplayName);
        builder.HasIndex(u => u.OnlineUntil);
        builder.Property(u => u.EmailMissedMessages).HasDefaultValue(true).HasSentinel(true);
        builder.HasOne(u => u.AvatarMedia).WithMany().HasForeignKey(u => u.AvatarMediaId)
            .OnDelete(DeleteBehavior.ClientSetNull);
        // Wherever a person is shown, their picture is shown only once its square preview is ready.
        builder.Navigation(u => u.AvatarMedia).AutoInclude();
    }
}
