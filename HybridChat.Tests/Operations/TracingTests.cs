using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Jobs;

namespace HybridChat.Tests.Operations;

public class TracingTests
{
    [Fact]
    public async Task With_a_collector_named_each_request_goes_out_as_a_span_and_probes_do_not()
    {
        using var collector = new OtlpReceiver();
        await using var app = new ChatApp();
        app.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address;
        app.Settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        app.Settings["OTEL_BSP_SCHEDULE_DELAY"] = "100";
        using var api = app.NewApiSession();
        await api.SignUpAsync("traced");

        // The probe first: by the time the later request's span arrives, the probe's would have too.
        using (var probe = await api.Client.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        }

        using (var me = await api.GetAsync("me"))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        await JobSteps.EventuallyAsync(() => Task.FromResult(collector.Received.Contains("/api/v1/me")), "the request's span reached the collector");
        Assert.Contains("HybridChat", collector.Received, StringComparison.Ordinal);
        Assert.DoesNotContain("/health/live", collector.Received, StringComparison.Ordinal);
    }

    // An OTLP/HTTP endpoint on loopback that keeps what it is sent (protobuf keeps strings as UTF-8).
    private sealed class OtlpReceiver : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly ConcurrentQueue<string> bodies = new();

        public OtlpReceiver()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Address = $"http://127.0.0.1:{port}";
            listener.Prefixes.Add(Address + "/");
            listener.Start();
            _ = ReceiveAsync();
        }

        public string Address { get; }

        public string Received => string.Concat(bodies);

        private async Task ReceiveAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                if (context.Request.Url?.AbsolutePath == "/v1/traces")
                {
                    bodies.Enqueue(Encoding.UTF8.GetString(body.ToArray()));
                }

                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }

        public void Dispose() => listener.Close();
    }
}
