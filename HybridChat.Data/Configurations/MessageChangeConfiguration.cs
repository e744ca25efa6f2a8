using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridChat.Data.Configurations;

public class MessageChangeConfiguration : IEntityTypeConfiguration<MessageChange>
{
    public void Configure(EntityTypeBuilder<MessageChange> builder)
    {
        // ConversationId is copied from the message so replay filters by conversation without a
        // join; it has no foreign key because it would be a second cascade path from Conversations.
        builder.HasIndex(c => new { c.ConversationId, c.Id });
        builder.HasOne(c => c.Message).WithMany().HasForeignKey(c => c.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
