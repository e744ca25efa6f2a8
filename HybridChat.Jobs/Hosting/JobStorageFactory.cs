using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using HybridChat.Data;
using Microsoft.Extensions.Configuration;

namespace HybridChat.Jobs.Hosting;

// In-memory by default: nothing is lost with it, because what must happen is in the app's
// database (outbox rows) and re-enqueued at start-up. With SQL Server, Hangfire's tables live in
// the same database, so jobs survive restarts and are shared by the nodes.
public static class JobStorageFactory
{
    public static JobStorage Create(IConfiguration configuration)
    {
        if (configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite) == DatabaseProvider.SqlServer)
        {
            return new SqlServerStorage(configuration.GetConnectionString("Chat")
                ?? throw new InvalidOperationException("ConnectionStrings:Chat is required for SQL Server."),
                new SqlServerStorageOptions { PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.Zero });
        }

        return new InMemoryStorage(new InMemoryStorageOptions());
    }
}
