using System.Net;

namespace HybridChat.Bench.Infrastructure;

internal static class BenchHttp
{
    // One handler per load pattern: streams need thousands of connections, request loops a fixed number.
    public static HttpClient Create(Uri baseAddress, int maxConnections = int.MaxValue, CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            ConnectTimeout = TimeSpan.FromSeconds(30),
        })
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
