using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridChat.Data.Configurations;

public class CallConfiguration : IEntityTypeConfiguration<ChatCall>
{
    public void Configure(EntityTypeBuilder<ChatCall> builder)
    {
        builder.HasIndex(c => new { c.CallerId, c.State });
        builder.HasIndex(c => new { c.CalleeId, c.State });
        builder.HasOne(c => c.Conversation).WithMany().HasForeignKey(c => c.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Caller).WithMany().HasForeignKey(c => c.CallerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Callee).WithMany().HasForeignKey(c => c.CalleeId).OnDelete(DeleteBehavior.Restrict);
    }
}
