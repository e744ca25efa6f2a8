using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridChat.Data.Configurations;

public class MediaConfiguration : IEntityTypeConfiguration<Media>
{
    public void Configure(EntityTypeBuilder<Media> builder)
    {
        builder.Property(m => m.FileName).HasMaxLength(Media.FileNameMaxLength);
        builder.Property(m => m.ContentType).HasMaxLength(128);
        builder.Property(m => m.StoragePath).HasMaxLength(400);
        builder.Property(m => m.ThumbnailPath).HasMaxLength(400);
        builder.HasIndex(m => m.MessageId);
        builder.HasIndex(m => m.ThumbnailState);
        builder.HasOne(m => m.Uploader).WithMany().HasForeignKey(m => m.UploaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Message).WithMany(m => m.Attachments).HasForeignKey(m => m.MessageId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
