using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HybridChat.Tests.Infrastructure;

// Debian's redis-server on a free loopback port, keeping nothing on disk. It can be stopped and
// started again on the same port to act out an outage; a restarted one is empty, as after a crash.
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hybridchat-redis", Guid.NewGuid().ToString("N"));
    private Process? process;

    public int Port { get; } = PublishedApp.FreePort();

    // The app's Realtime:Redis setting for this server.
    public string Configuration => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<RedisServer> StartNewAsync()
    {
        var redis = new RedisServer();
        await redis.StartAsync();
        return redis;
    }

    public async Task StartAsync()
    {
        Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo("redis-server")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", "", "--appendonly", "no", "--dir", directory, "--daemonize", "no"])
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await AnswersAsync())
        {
            Assert.True(DateTime.UtcNow < deadline && !process.HasExited, "redis-server did not start.");
            await Task.Delay(100);
        }
    }

    // As a crash or a lost machine: no goodbye to the clients.
    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var reply = new byte[7];
            var read = await stream.ReadAsync(reply);
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
