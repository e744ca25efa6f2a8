using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HybridChat.Data;

public class SqlServerChatDbContext(DbContextOptions<SqlServerChatDbContext> options) : ChatDbContext(options);

public class SqlServerChatDbContextFactory : IDesignTimeDbContextFactory<SqlServerChatDbContext>
{
    // Generating migrations never connects; this string only names the provider.
    public SqlServerChatDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerChatDbContext>()
            .UseSqlServer("Server=localhost;Database=HybridChat;Trusted_Connection=True;TrustServerCertificate=True")
            .UseApplicationServiceProvider(DesignTimeIdentity.AppOptions).Options);
}
