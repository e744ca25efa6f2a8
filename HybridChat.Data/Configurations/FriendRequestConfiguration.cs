using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridChat.Data.Configurations;

public class FriendRequestConfiguration : IEntityTypeConfiguration<FriendRequest>
{
    public void Configure(EntityTypeBuilder<FriendRequest> builder)
    {
        builder.Property(r => r.PairKey).HasMaxLength(32);
        builder.HasIndex(r => r.PairKey).IsUnique().HasFilter("\"Status\" = 0");
        builder.HasIndex(r => new { r.ToUserId, r.Status });
        builder.HasIndex(r => new { r.FromUserId, r.Status });
        // SQL Server refuses two cascade paths from Users into one table, so the user side of
        // social rows never cascades; the domain removes them explicitly.
        builder.HasOne(r => r.FromUser).WithMany().HasForeignKey(r => r.FromUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ToUser).WithMany().HasForeignKey(r => r.ToUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
