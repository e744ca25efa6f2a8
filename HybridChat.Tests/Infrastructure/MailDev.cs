using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace HybridChat.Tests.Infrastructure;

public record DeliveredMail(string Subject, string Text, string Html, IReadOnlyList<string> To);

// A real SMTP server (npm maildev, pinned in tools/maildev, installed by the test build) on loopback,
// read through its REST API. It can be stopped and started again on the same port to act out an outage.
public sealed class MailDev : IAsyncDisposable
{
    private static readonly string Directory = Path.Combine(ContractTools.RepositoryRoot(), "tools", "maildev");
    private readonly HttpClient api;
    private Process? process;

    public MailDev()
    {
        SmtpPort = FreePort();
        WebPort = FreePort();
        api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/api/") };
    }

    public int SmtpPort { get; }

    public int WebPort { get; }

    // An app whose mail goes here (maildev offers no STARTTLS, so plain text on purpose).
    public void Configure(ChatApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Settings["Mail:SmtpHost"] = "127.0.0.1";
        app.Settings["Mail:SmtpPort"] = SmtpPort.ToString(CultureInfo.InvariantCulture);
        app.Settings["Mail:SmtpSecurity"] = "None";
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[Path.Combine("node_modules", "maildev", "dist", "bin", "maildev.js"),
                     "--smtp", SmtpPort.ToString(CultureInfo.InvariantCulture), "--ip", "127.0.0.1",
                     "--web", WebPort.ToString(CultureInfo.InvariantCulture), "--web-ip", "127.0.0.1",
                     "--hide-extensions", "STARTTLS", "--silent"])
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var health = await api.GetAsync(new Uri("healthz", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
            }

            Assert.True(DateTime.UtcNow < deadline && !process.HasExited, "maildev did not start.");
            await Task.Delay(100);
        }
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async Task<List<DeliveredMail>> MailsToAsync(string address)
    {
        var all = await api.GetFromJsonAsync<JsonArray>(new Uri("email", UriKind.Relative)) ?? [];
        return [.. all.Select(m => m!.AsObject())
            .Select(m => new DeliveredMail(m["subject"]?.GetValue<string>() ?? "", m["text"]?.GetValue<string>() ?? "", m["html"]?.GetValue<string>() ?? "",
                [.. m["envelope"]!["to"]!.AsArray().Select(t => t!["address"]!.GetValue<string>())]))
            .Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase))];
    }

    // Waits for the first mail to the address, then a moment more to be sure no second one follows.
    public async Task<DeliveredMail> OnlyMailToAsync(string address, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while ((await MailsToAsync(address)).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"No mail reached {address}.");
            await Task.Delay(200);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        return Assert.Single(await MailsToAsync(address));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        api.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
