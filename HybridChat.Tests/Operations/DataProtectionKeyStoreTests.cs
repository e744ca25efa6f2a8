using HybridChat.Web.Infrastructure.Operations;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HybridChat.Tests.Operations;

// Where the keys behind cookies and antiforgery tokens live. (That they survive a restart is
// PublishedAppTests' business; a SQL Server cannot run here, so for it only the choice is checked.)
public class DataProtectionKeyStoreTests
{
    [Fact]
    public void With_SQLite_the_keys_are_kept_in_the_data_directory()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hybridchat-tests", Guid.NewGuid().ToString("N"));

        var repository = KeyStoreFor(new Dictionary<string, string?>(), dataDirectory);

        var files = Assert.IsType<FileSystemXmlRepository>(repository);
        Assert.Equal(Path.Combine(dataDirectory, "keys"), files.Directory.FullName);
    }

    [Fact]
    public void With_a_server_database_the_keys_are_kept_in_it_for_every_node()
    {
        var repository = KeyStoreFor(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Chat"] = "Server=db;Database=HybridChat",
        }, Path.GetTempPath());

        Assert.Equal("EntityFrameworkCoreXmlRepository`1", repository?.GetType().Name);
    }

    private static IXmlRepository? KeyStoreFor(Dictionary<string, string?> settings, string dataDirectory)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddChatDataProtection(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), dataDirectory);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
    }
}
