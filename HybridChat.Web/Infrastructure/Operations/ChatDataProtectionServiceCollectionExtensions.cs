using HybridChat.Data;
using Microsoft.AspNetCore.DataProtection;
using HybridChat.Web.Infrastructure.Operations;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatDataProtectionServiceCollectionExtensions
{
    public const string ApplicationName = "HybridChat";

    // Sign-in cookies, antiforgery tokens and password-reset links are protected with these keys:
    // they must outlive the process. With SQLite they sit in the data directory beside the database;
    // with a server database every node reads them from it.
    public static IServiceCollection AddChatDataProtection(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite) == DatabaseProvider.Sqlite)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        }
        else
        {
            dataProtection.PersistKeysToDbContext<ChatDbContext>();
        }

        return services;
    }
}
