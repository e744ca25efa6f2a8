using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HybridChat.Data;

public class PostgreSqlChatDbContext(DbContextOptions<PostgreSqlChatDbContext> options) : ChatDbContext(options);

public class PostgreSqlChatDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlChatDbContext>
{
    // Generating migrations never connects; this string only names the provider.
    public PostgreSqlChatDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlChatDbContext>().UseNpgsql("Host=localhost;Database=hybridchat")
            .UseApplicationServiceProvider(DesignTimeIdentity.AppOptions).Options);
}
