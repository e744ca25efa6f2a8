using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HybridChat.Data;

public class SqliteChatDbContext(DbContextOptions<SqliteChatDbContext> options) : ChatDbContext(options);

public class SqliteChatDbContextFactory : IDesignTimeDbContextFactory<SqliteChatDbContext>
{
    public SqliteChatDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteChatDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
