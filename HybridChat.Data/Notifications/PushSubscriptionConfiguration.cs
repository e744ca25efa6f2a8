using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HybridChat.Data.Notifications;

public class PushSubscriptionConfiguration : IEntityTypeConfiguration<PushSubscription>
{
    public void Configure(EntityTypeBuilder<PushSubscription> builder)
    {
        // An index on 2000 characters is too wide for SQL Server; one on the endpoint's hash would
        // do, but an endpoint is looked up with its user, and users have a few.
        builder.Property(s => s.Endpoint).HasMaxLength(PushSubscription.EndpointMaxLength);
        builder.Property(s => s.P256dh).HasMaxLength(100);
        builder.Property(s => s.Auth).HasMaxLength(50);
        builder.HasIndex(s => s.UserId);
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
