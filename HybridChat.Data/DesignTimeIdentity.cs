using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Data;

// The app's Identity (AddDefaultIdentity) limits key columns to 128 characters; the model that
// migrations are made from must see that too, or the app finds its model ahead of its migrations
// and refuses to migrate (MigrationTests builds the model as the app does, to catch this).
internal static class DesignTimeIdentity
{
    public static IServiceProvider AppOptions { get; } = new ServiceCollection()
        .Configure<IdentityOptions>(identity => identity.Stores.MaxLengthForKeys = 128).BuildServiceProvider();
}
