namespace HybridChat.Web.Infrastructure.Hosting;

public class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    // Addresses (10.0.0.5) and networks (10.0.0.0/8) of the proxies whose X-Forwarded-For and
    // X-Forwarded-Proto are believed; loopback always is. Anyone else could claim any address.
    public IReadOnlyList<string> KnownProxies { get; set; } = [];
    public IReadOnlyList<string> KnownNetworks { get; set; } = [];
}
