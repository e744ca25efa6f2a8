using HybridChat.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HybridChat.Web.Infrastructure.Operations;

// Ready when the database answers and has every migration this build knows. A SQLite file is opened
// afresh, not from the pool: pooled connections keep reading a file that was since replaced or
// damaged, and would report it healthy.
public sealed class DatabaseHealthCheck(ChatDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (db.Database.IsSqlite())
            {
                db.Database.SetConnectionString(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString());
            }

            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return pending.Any()
                ? HealthCheckResult.Unhealthy($"The database lacks migrations: {string.Join(", ", pending)}.")
                : HealthCheckResult.Healthy();
        }
#pragma warning disable CA1031 // Whatever stops the database from answering makes the node not ready.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", failure);
        }
    }
}
