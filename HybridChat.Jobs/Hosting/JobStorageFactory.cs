using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using HybridChat.Data;
using Microsoft.Extensions.Configuration;

namespace HybridChat.Jobs.Hosting;

// In-memory by default: nothing is lost with it, because what must happen is in the app's
// database (outbox rows) and re-enqueued at start-up. With a server database, Hangfire's tables live
// in the same database (PostgreSQL: schema "hangfire"), so jobs survive restarts and are shared by
// the nodes.
public static class JobStorageFactory
{
    public static JobStorage Create(IConfiguration configuration)
    {
        switch (configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite))
        {
            case DatabaseProvider.SqlServer:
                return new SqlServerStorage(ConnectionString(configuration),
                    new SqlServerStorageOptions { PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.Zero });
            case DatabaseProvider.PostgreSql:
                // Long polling: an enqueued job wakes a worker at once (LISTEN/NOTIFY), the poll is the fallback.
                var options = new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, EnableLongPolling = true, QueuePollInterval = TimeSpan.FromSeconds(1) };
                return new PostgreSqlStorage(new NpgsqlConnectionFactory(ConnectionString(configuration), options), options);
            default:
                return new InMemoryStorage(new InMemoryStorageOptions());
        }
    }

    private static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Chat") ?? throw new InvalidOperationException("ConnectionStrings:Chat is required with a server database.");
}
