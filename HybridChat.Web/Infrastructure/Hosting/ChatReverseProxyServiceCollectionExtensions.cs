using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using HybridChat.Web.Infrastructure.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatReverseProxyServiceCollectionExtensions
{
    // Parsed here, so a typo stops the start-up instead of silently trusting nobody.
    public static IServiceCollection AddChatReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = new[] { ReverseProxyOptions.Section, ReverseProxyOptions.AlternativeSection }
            .Select(section => configuration.GetSection(section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions()).ToList();
        var addresses = proxies.SelectMany(p => p.KnownProxies).Select(proxy => IPAddress.TryParse(proxy, out var address)
            ? address
            : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address.")).ToList();
        var networks = proxies.SelectMany(p => p.KnownNetworks).Select(network => System.Net.IPNetwork.TryParse(network, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"ReverseProxy:KnownNetworks: '{network}' is not a network such as 10.0.0.0/8.")).ToList();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // A forwarded host must be one the site answers to, like the Host header itself.
            options.AllowedHosts = [.. (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(host => host != "*")];
            addresses.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }
}
