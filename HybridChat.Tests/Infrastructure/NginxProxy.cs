using System.Diagnostics;

namespace HybridChat.Tests.Infrastructure;

// Debian's nginx in front of the app on a free loopback port, with the locations of
// deploy/nginx/hybridchat-locations.conf (what operators install) inside a throwaway configuration.
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly string prefix = Path.Combine(Path.GetTempPath(), "hybridchat-nginx", Guid.NewGuid().ToString("N"));
    private readonly Process process;

    private NginxProxy(IEnumerable<Uri> upstreams)
    {
        Directory.CreateDirectory(prefix);
        Address = new Uri($"http://127.0.0.1:{PublishedApp.FreePort()}");
        var locations = Path.Combine(PublishedApp.RepositoryRoot(), "deploy", "nginx", "hybridchat-locations.conf");
        var configuration = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(configuration, $$"""
            daemon off;
            master_process off;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 64; }
            http {
                access_log off;
                client_body_temp_path {{prefix}}/client_body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                upstream hybridchat { {{string.Concat(upstreams.Select(upstream => $"server {upstream.Authority}; "))}}keepalive 8; }
                server {
                    listen {{Address.Authority}};
                    include {{locations}};
                }
            }
            """);
        process = Process.Start(new ProcessStartInfo("nginx", ["-p", prefix, "-c", configuration, "-e", Path.Combine(prefix, "error.log")])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        })!;
    }

    public Uri Address { get; }

    // Several upstreams: nginx takes turns among them, as in front of several nodes.
    public static async Task<NginxProxy> StartAsync(params Uri[] upstreams)
    {
        var nginx = new NginxProxy(upstreams);
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (nginx.process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited: {await nginx.process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var live = await client.GetAsync(new Uri(nginx.Address, "/health/live"));
                if (live.IsSuccessStatusCode)
                {
                    return nginx;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("nginx did not start.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(prefix, recursive: true);
    }
}
