using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridChat.Data.Configurations;

public class FriendshipConfiguration : IEntityTypeConfiguration<Friendship>
{
    public void Configure(EntityTypeBuilder<Friendship> builder)
    {
        builder.HasKey(f => new { f.UserLowId, f.UserHighId });
        builder.HasIndex(f => f.UserHighId);
        builder.ToTable(t => t.HasCheckConstraint("CK_Friendships_Ordered", "\"UserLowId\" < \"UserHighId\""));
        builder.HasOne(f => f.UserLow).WithMany().HasForeignKey(f => f.UserLowId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.UserHigh).WithMany().HasForeignKey(f => f.UserHighId).OnDelete(DeleteBehavior.Restrict);
    }
}
