using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace HybridChat.Web.Infrastructure.Hosting;

public static class ReverseProxyServiceCollectionExtensions
{
    // Parsed here, so a typo stops the start-up instead of silently trusting nobody.
    public static IServiceCollection AddChatReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        var addresses = proxies.KnownProxies.Select(proxy => IPAddress.TryParse(proxy, out var address)
            ? address
            : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address.")).ToList();
        var networks = proxies.KnownNetworks.Select(network => System.Net.IPNetwork.TryParse(network, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"ReverseProxy:KnownNetworks: '{network}' is not a network such as 10.0.0.0/8.")).ToList();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            addresses.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }
}
