using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using HybridChat.Bench.Infrastructure;

namespace HybridChat.Bench.App;

// HybridChat.Web as it runs in production: the Release build on Kestrel in its own process, with
// its own data directory and signing key, and rate limits raised so they do not cap the load.
internal sealed class ChatAppProcess : IAsyncDisposable
{
    private const string GenerousLimit = "1000000";

    private ChatAppProcess(ChildProcess process, Uri baseAddress, string dataDirectory, byte[] signingKey)
    {
        Process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        SigningKey = signingKey;
    }

    public ChildProcess Process { get; }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public byte[] SigningKey { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "hybridchat.db");

    public static async Task<ChatAppProcess> StartAsync(string workDirectory, CancellationToken cancellationToken)
    {
        if (!File.Exists(RepoPaths.WebAssembly))
        {
            throw new FileNotFoundException("Build the solution in Release first: dotnet build HybridChat.sln -c Release", RepoPaths.WebAssembly);
        }

        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var dataDirectory = Directory.CreateDirectory(Path.Combine(workDirectory, "app-data")).FullName;
        var signingKey = RandomNumberGenerator.GetBytes(48);
        // `dotnet run` would apply the Development launch profile; the built assembly runs as configured here.
        // The working directory is the project folder, where the app finds ../wwwroot as under `dotnet run`.
        var startInfo = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.WebProject };
        startInfo.ArgumentList.Add(RepoPaths.WebAssembly);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        var environment = startInfo.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["DOTNET_ENVIRONMENT"] = "Production";
        environment["DataDirectory"] = dataDirectory;
        environment["Auth__SigningKey"] = Convert.ToBase64String(signingKey);
        environment["Auth__Issuer"] = AccessTokenMinter.Issuer;
        environment["Auth__Audience"] = AccessTokenMinter.Audience;
        environment["App__PublicUrl"] = baseAddress.ToString().TrimEnd('/');
        environment["RateLimits__AuthPermitsPerMinute"] = GenerousLimit;
        environment["RateLimits__MessagesPerTenSeconds"] = GenerousLimit;
        // One console line per request would measure the log's throughput, not the app's.
        environment["Logging__LogLevel__HybridChat.Requests"] = "Warning";
        var process = ChildProcess.Start(startInfo, Path.Combine(workDirectory, "app.log"));
        var app = new ChatAppProcess(process, baseAddress, dataDirectory, signingKey);
        await process.WaitUntilServingAsync(new Uri(baseAddress, "/api/v1/me"), cancellationToken);
        return app;
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
