using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace HybridChat.Tests.Infrastructure;

// The app as an operator runs it: `dotnet publish` output (made once per test run), started as its
// own process in Production with no launch profile, from a working directory that is not its own.
public sealed class PublishedApp : IAsyncDisposable
{
    private static readonly Lazy<Task<string>> Published = new(PublishAsync);
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(90);

    private readonly string root = Path.Combine(Path.GetTempPath(), "hybridchat-published", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentQueue<string> output = new();
    private Process? process;

    public PublishedApp()
    {
        Directory.CreateDirectory(WorkingDirectory);
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        Environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = Address.ToString(),
            ["DataDirectory"] = DataDirectory,
            ["App__PublicUrl"] = "https://chat.example.test",
            ["Auth__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            ["Logging__Console__FormatterName"] = "json",
        };
        foreach (var (key, value) in TestDatabase.SettingsFor(DataDirectory))
        {
            Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
    }

    public Uri Address { get; }

    public string DataDirectory => Path.Combine(root, "data");

    public string DatabaseFile => Path.Combine(DataDirectory, "hybridchat.db");

    // Variables for the process; null removes one the test process has.
    public Dictionary<string, string?> Environment { get; }

    public IReadOnlyList<string> Output => [.. output];

    private string WorkingDirectory => Path.Combine(root, "elsewhere");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public HttpClient NewClient(Uri? address = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = address ?? Address };

    public WebSession NewSession() => new(NewClient());

    public async Task StartAsync()
    {
        await LaunchAsync();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartPatience;
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode}:\n{string.Join('\n', output)}");
            }

            try
            {
                using var live = await client.GetAsync(new Uri(Address, "/health/live"));
                if (live.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer this probe in time.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The app did not answer within {StartPatience}:\n{string.Join('\n', output)}");
    }

    // For settings that must stop the start: runs until the app gives up and returns its exit code.
    public async Task<int> RunUntilExitAsync()
    {
        await LaunchAsync();
        using var patience = new CancellationTokenSource(StartPatience);
        await process!.WaitForExitAsync(patience.Token);
        process.WaitForExit();
        return process.ExitCode;
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    // As a crash or a power cut: kill -9, nothing runs on the way out.
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    // As systemd stops it: SIGTERM, then a kill if it does not finish.
    public async Task StopAsync()
    {
        if (process is null || process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    private async Task LaunchAsync()
    {
        var publishDirectory = await Published.Value;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(publishDirectory, "HybridChat.Web.dll")])
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        process?.Dispose();
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    // The test run's own build of the web project (same configuration), published without rebuilding.
    private static async Task<string> PublishAsync()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var repository = RepositoryRoot();
        var destination = Path.Combine(Path.GetTempPath(), "hybridchat-published", "app-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(repository, "HybridChat.Web", "HybridChat.Web.csproj"), "-c", configuration, "--no-build", "-o", destination])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Some 100 MB per test run: gone when the run ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(destination))
            {
                Directory.Delete(destination, recursive: true);
            }
        };
        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        return publish.ExitCode == 0
            ? destination
            : throw new InvalidOperationException($"dotnet publish failed:\n{await stdout}\n{await stderr}");
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HybridChat.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("HybridChat.sln not found above the test binaries.");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process?.Dispose();
        await TestDatabase.DropAsync(DataDirectory);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
