using HybridChat.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using HybridChat.Data;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatDataServiceCollectionExtensions
{
    // Database:Provider picks the provider (Sqlite by default); ConnectionStrings:Chat the database.
    // Without a connection string, SQLite uses hybridchat.db in the data directory. Interceptors the
    // host registers as IInterceptor join every context. The options are built once, not per request.
    public static IServiceCollection AddChatData(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Chat");

        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                services.AddDbContext<ChatDbContext, SqlServerChatDbContext>((serviceProvider, options) => options.AddInterceptors(serviceProvider.GetServices<IInterceptor>()).UseSqlServer(
                    connectionString ?? throw new InvalidOperationException("ConnectionStrings:Chat is required for SQL Server."),
                    sql => sql.EnableRetryOnFailure()), optionsLifetime: ServiceLifetime.Singleton);
                services.AddScoped<IMessageSearchIndex, SqlServerMessageSearchIndex>();
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<ChatDbContext, PostgreSqlChatDbContext>((serviceProvider, options) => options.AddInterceptors(serviceProvider.GetServices<IInterceptor>()).UseNpgsql(
                    connectionString ?? throw new InvalidOperationException("ConnectionStrings:Chat is required for PostgreSQL."),
                    npgsql => npgsql.EnableRetryOnFailure()), optionsLifetime: ServiceLifetime.Singleton);
                services.AddScoped<IMessageSearchIndex, PostgreSqlMessageSearchIndex>();
                break;
            default:
                connectionString ??= $"Data Source={Path.Combine(dataDirectory, "hybridchat.db")}";
                services.AddDbContext<ChatDbContext, SqliteChatDbContext>((serviceProvider, options) =>
                    options.AddInterceptors(serviceProvider.GetServices<IInterceptor>()).AddInterceptors(new SqliteUnicodeUpper()).UseSqlite(connectionString),
                    optionsLifetime: ServiceLifetime.Singleton);
                services.AddScoped<IMessageSearchIndex, SqliteMessageSearchIndex>();
                break;
        }

        return services.AddScoped<MessageSearch>();
    }

    public static async Task MigrateChatDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (SSE catch-up, pages) proceed while a message is being written.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
