using HybridChat.Data;

namespace HybridChat.Web.Infrastructure.Hosting;

public class DatabaseSettings
{
    public const string MissingConnectionString =
        "ConnectionStrings:Chat (ConnectionStrings__Chat) is not set. A server database (Database:Provider) needs its connection string.";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }
}
