using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridChat.Data.Configurations;

public class AdminAuditEntryConfiguration : IEntityTypeConfiguration<AdminAuditEntry>
{
    public void Configure(EntityTypeBuilder<AdminAuditEntry> builder)
    {
        builder.ToTable("AdminAuditEntries");
        builder.Property(e => e.AdminName).HasMaxLength(AdminAuditEntry.NameMaxLength);
        builder.Property(e => e.SubjectName).HasMaxLength(AdminAuditEntry.NameMaxLength);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(e => e.SubjectId);
    }
}
