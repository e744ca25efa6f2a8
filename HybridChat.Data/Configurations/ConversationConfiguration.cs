using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridChat.Data.Configurations;

public class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(Conversation.TitleMaxLength);
        builder.Property(c => c.JoinCode).HasMaxLength(32);
        builder.Property(c => c.DirectKey).HasMaxLength(32);
        builder.HasIndex(c => c.DirectKey).IsUnique();
        builder.HasIndex(c => c.JoinCode).IsUnique();
        builder.HasIndex(c => new { c.Visibility, c.Title });
        builder.HasOne(c => c.AvatarMedia).WithMany().HasForeignKey(c => c.AvatarMediaId)
            .OnDelete(DeleteBehavior.ClientSetNull);
        builder.Navigation(c => c.AvatarMedia).AutoInclude();
    }
}
