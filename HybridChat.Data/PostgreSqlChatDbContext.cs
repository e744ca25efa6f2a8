using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Data;

public class PostgreSqlChatDbContext(DbContextOptions<PostgreSqlChatDbContext> options) : ChatDbContext(options);

public class PostgreSqlChatDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlChatDbContext>
{
    // The app's Identity (AddDefaultIdentity) limits key columns to 128 characters; the model the
    // migrations are made from must see that too, or the app finds its model ahead of them.
    private static readonly IServiceProvider AppIdentityOptions = new ServiceCollection()
        .Configure<IdentityOptions>(identity => identity.Stores.MaxLengthForKeys = 128).BuildServiceProvider();

    // Generating migrations never connects; this string only names the provider.
    public PostgreSqlChatDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlChatDbContext>().UseNpgsql("Host=localhost;Database=hybridchat")
            .UseApplicationServiceProvider(AppIdentityOptions).Options);
}
