namespace HybridChat.Web.Infrastructure.Hosting;

public class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    // The same lists under ASP.NET Core's own name (ForwardedHeaders__KnownProxies__0=...); both are read.
    public const string AlternativeSection = "ForwardedHeaders";

    // Addresses (10.0.0.5) and networks (10.0.0.0/8) of the proxies whose X-Forwarded-For,
    // X-Forwarded-Proto and X-Forwarded-Host are believed; loopback always is. Anyone else could claim any address.
    public IReadOnlyList<string> KnownProxies { get; set; } = [];
    public IReadOnlyList<string> KnownNetworks { get; set; } = [];
}
