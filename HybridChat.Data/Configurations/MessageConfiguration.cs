using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridChat.Data.Configurations;

public class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.Property(m => m.Text).HasMaxLength(Message.TextMaxLength);
        builder.Property(m => m.ClientMessageId).HasMaxLength(Message.ClientMessageIdMaxLength);
        builder.HasIndex(m => new { m.ConversationId, m.Id });
        builder.HasIndex(m => new { m.SenderId, m.ClientMessageId }).IsUnique();
        builder.HasOne(m => m.Conversation).WithMany(c => c.Messages).HasForeignKey(m => m.ConversationId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Sender).WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.Restrict);

        // Messages are tombstoned, not removed, so a reply keeps its original; NoAction because SQL
        // Server refuses a cascade path from a table to itself.
        builder.HasOne(m => m.ReplyTo).WithMany().HasForeignKey(m => m.ReplyToId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(m => m.ReplyToId);
        builder.HasOne(m => m.PinnedBy).WithMany().HasForeignKey(m => m.PinnedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ConversationId, m.PinnedAt });
    }
}
